# the log's name in the Markdown title: Markdown metacharacters escaped;
# in a chart link, spaces percent-encoded
$ mkdir "$T/my plots" && cp tests/data/basic.csv "$T/my_log [1].csv" && cd "$T" && runlog analyze "my_log [1].csv" --format md --out "my plots" | grep -E '^(# |!\[Back)'
> # runlog: my\_log \[1\].csv
> ![Back pain on each run](my%20plots/pain_timeline.png)
