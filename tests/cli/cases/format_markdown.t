# --format markdown: "# " title, "## " headings, GFM tables with an alignment
# row ('r' columns ---:, 'l' columns :---), '<' escaped, the caution quoted
$ runlog analyze tests/data/basic.csv --format markdown --no-charts | grep -E '^(#|\||> )'
> # runlog: tests/data/basic.csv
> ## What goes with your back pain
> ## Pain by consecutive running days
> | days | runs | mean pain | 95% CI |
> |---:|---:|---:|:---|
> | 1 | 4 | 1.4 | 0.6 to 2.1 |
> | 2 | 2 | 2.5 | 0.0 (clipped) to 8.9 |
> | 3 | 2 | 4.5 | 0.0 (clipped) to 10.0 (clipped) |
> | 4 | 1 | 6.0 | - |
> | 5 | 0 | - | - |
> | 6 | 0 | - | - |
> | 7+ | 0 | - | - |
> ## Pain with and without each factor
> | factor | runs | pain | base | pain | diff | 95% CI | p |
> |:---|---:|---:|---:|---:|---:|:---|---:|
> | 3+ days in a row | 3 | 5.0 | 4 | 1.4 | 3.6 | 0.7 to 6.5 | 0.033 |
> | skipped meal before | 3 | 4.0 | 6 | 2.2 | 1.8 | -1.7 to 5.2 | 0.161 |
> | skipped meal after prev | 2 | 5.0 | 6 | 2.4 | 2.6 | -3.0 to 8.1 | 0.183 |
> | no strength in 7 days | 4 | 2.0 | 5 | 3.5 | -1.5 | -4.0 to 1.0 | 0.122 |
> | jump in distance | 0 | - | 0 | - | - | - | - |
> | long run | 0 | - | 0 | - | - | - | - |
> ## Each factor with the others held fixed
> > **Caution:** runlog finds patterns in your log; it does not diagnose. Sharp pain, or pain that lasts for days, needs a doctor or a physiotherapist.
