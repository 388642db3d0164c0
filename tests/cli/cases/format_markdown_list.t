# the findings as a numbered Markdown list with bold tags, one line per item,
# ended by a blank line before the next paragraph; '<' escaped in a paragraph
$ runlog analyze tests/data/basic.csv --format markdown --no-charts | sed -n '/^## What goes/,/^Pearson/p'
> ## What goes with your back pain
>
> 1. **insufficient** Too few runs to judge yet: 3 runs on the third consecutive day or later against 4 runs after a rest day (at least 5 of each and 20 scored runs are needed).
> 2. **insufficient** Too few runs to judge yet: 3 runs without a meal before them against 6 runs with a meal before them (at least 5 of each and 20 scored runs are needed).
> 3. **insufficient** Too few runs to judge yet: 2 runs after a skipped post-run meal against 6 runs after an eaten post-run meal (at least 5 of each and 20 scored runs are needed).
> 4. **insufficient** Too few runs to judge yet: 4 runs with no strength session in the 7 days before against 5 runs with a strength session in the 7 days before (at least 5 of each and 20 scored runs are needed).
> 5. **insufficient** Too few runs to judge yet: 0 runs after a jump in distance (the last 7 days at 1.3 times the 28-day average or more) against 0 runs without such a jump (at least 5 of each and 20 scored runs are needed).
> 6. **insufficient** Too few runs to judge yet: no scored run can say whether it was a long run (that needs its distance and 30 days of log with distances before it).
>
> Note: Pain of 4 or more came on 3 of 9 scored runs, and this log does not show what goes with it. General advice from the article, not a finding from your log: it holds weak back muscles to be the main cause of this ache, and suggests you strengthen — build up the back muscles with pull-ups, reverse dumbbell flys and deadlifts.
>
> ## Pain by consecutive running days
>
> | days | runs | mean pain | 95% CI |
> |---:|---:|---:|:---|
> | 1 | 4 | 1.4 | 0.6 to 2.1 |
> | 2 | 2 | 2.5 | 0.0 (clipped) to 8.9 |
> | 3 | 2 | 4.5 | 0.0 (clipped) to 10.0 (clipped) |
> | 4 | 1 | 6.0 | - |
> | 5 | 0 | - | - |
> | 6 | 0 | - | - |
> | 7+ | 0 | - | - |
>
> Pearson r 0.96 (95% CI 0.82 to 0.99, p \<0.001)
