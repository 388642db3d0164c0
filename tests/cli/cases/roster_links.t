# a coach opens an athlete's week from the roster: in roster.html and
# roster.md each name links to ../FOLDER/WEEK/report.html, every link
# leads to a file that was written, the hostile name's link goes to its
# hashed folder, and a failed athlete's name links nowhere
$ mkdir -p $T/r && ln -s /nonexistent $T/r/Eve; runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r -q > /dev/null 2>&1; echo "exit $?"; cd $T/r/2025-W22 && grep -o 'href="[^"]*"' roster.html | sed 's/href="//; s/"$//' > links; wc -l < links; for l in $(cat links); do test -f "$l" || echo "missing $l"; done; grep -c '<td data-label="athlete">Eve</td>' roster.html; grep -o '\[[^]]*\](\.\./b_Zed[^)]*)' roster.md
> exit 73
> 11
> 1
> [\<b\>Zed\</b\> \& "Jo", \\x1B\[2J](../b_Zed_b_Jo_2J-d8088258/2025-W22/report.html)
