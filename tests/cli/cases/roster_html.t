# issue 19: roster.html is escaped (safe_html_put): the hostile name's
# markup is text, its escape byte \x1B, the name a link to its week; the
# table's rows stack on a narrow screen (doc_html's .stack), each cell
# labelled with its column's head
$ runlog weekly tests/data/club/club.csv --all --week 2025-W22 --today 2025-06-04 --out $T/r > /dev/null; f=$T/r/2025-W22/roster.html; grep -c '<b>Zed' $f; grep -o '<td data-label="athlete"><a href="[^"]*">&lt;b&gt;Zed&lt;/b&gt; &amp; &quot;Jo&quot;, \\x1B\[2J</a></td>' $f; grep -c '<div class="scroll stack"><table>' $f; echo "control bytes: $(grep -c '[[:cntrl:]]' $f)"
> 0
> <td data-label="athlete"><a href="../b_Zed_b_Jo_2J-d8088258/2025-W22/report.html">&lt;b&gt;Zed&lt;/b&gt; &amp; &quot;Jo&quot;, \x1B[2J</a></td>
> 1
> control bytes: 0
