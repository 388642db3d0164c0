# the man page renders without a groff warning, and names every option of
# every command's --help
$ groff -man -ww -z -Tutf8 runlog.1 && for c in analyze weekly today plan; do runlog help $c | grep -oE -- '--[a-z][a-z-]*' | sort -u | while read -r opt; do sed 's/\\-/-/g' runlog.1 | grep -q -- "$opt" || echo "runlog.1 lacks $c $opt"; done; done; echo checked
> checked
