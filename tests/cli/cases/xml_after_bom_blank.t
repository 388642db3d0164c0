# an export.xml with a byte-order mark and a blank line before "<?xml" is
# told as XML, from a file and from a pipe, not read as a CSV whose header
# lacks a date: libxml2 then says what is wrong with it (the declaration
# must come first), exit 65
$ printf '\357\273\277\n<?xml version="1.0"?>\n<HealthData locale="en"/>\n' > $T/export.xml; for how in file pipe; do if [ $how = file ]; then runlog analyze $T/export.xml --no-charts 2> $T/err; else cat $T/export.xml | runlog analyze - --no-charts 2> $T/err; fi; echo "$how: exit $?, $(grep -c 'cannot be read as XML' $T/err) XML error, $(grep -c "no 'date' column" $T/err) CSV error"; done
> file: exit 65, 1 XML error, 0 CSV error
> pipe: exit 65, 1 XML error, 0 CSV error
