# a column of pains has one decimal throughout: 2025-W22's max pain of 6
# reads 6.0 beside mean pain 3.7, in the summary, report.md and
# report.html; report.json keeps the number 6
$ runlog weekly samples/mylog.csv --week 2025-W22 --out $T | sed -n 1p; grep -E '^\| (mean|max) pain' $T/2025-W22/report.md; grep -E '^<tr><td>max pain' $T/2025-W22/report.html; grep -E '^  "max_pain"' $T/2025-W22/report.json
> 2025-W22 (2025-05-26 to 2025-06-01): 6 runs, 50.7 km, mean pain 3.7 (max 6.0)
> | mean pain | 3.7 | 1.0-3.2 | above | 3.1 | up |
> | max pain | 6.0 | 2.5-6.5 | typical | 6.4 | down |
> <tr><td>max pain</td><td data-label="this week" class="r">6.0</td><td data-label="your usual" class="r">2.5-6.5</td><td data-label="against your usual">typical</td><td data-label="previous 4 weeks" class="r">6.4</td><td data-label="change">down</td></tr>
>   "max_pain": 6,
