# the log's name in the HTML page: &, < and > escaped in the title and heading
$ cp tests/data/basic.csv "$T/R&D <1>.csv" && cd "$T" && runlog analyze "R&D <1>.csv" --format html --no-charts | grep -E '^<(title|h1)>'
> <title>runlog: R&amp;D &lt;1&gt;.csv</title>
> <h1>runlog: R&amp;D &lt;1&gt;.csv</h1>
