# what happened in 2025-W22 of the sample log: an event names its remedy
# only when the whole log's evidence for the factor is moderate or strong
# and the week's runs of it (2 or more, scored) had a mean pain 1 point or
# more above the runner's usual for the baseline; the strongest such event
# gives the top remedy. tests/data/week.csv's log is too short to judge
# anything, so its week names no remedy and says why.
$ runlog weekly samples/mylog.csv --week 2025-W22 --out $T -q && cat $T/2025-W22/report.md; runlog weekly tests/data/week.csv --week 2025-W10 --out $T -q && cat $T/2025-W10/report.md
~ - **rest** Friday 2025-05-23 to Thursday were 7 running days in a row, and pain went from 3.5 to 4.5 (at most 6). This week's runs on the third consecutive day or later had a mean pain of 4.8, 3.6 points above your usual for runs after a rest day (1.1 over 21 scored runs of this week and the 12 before); the whole log's evidence on this is strong. To try, as the article suggests: run every other day.
~ - **eat** The 2 runs with a skipped pre-run meal had pain 6, 5. This week's runs without a meal before them had a mean pain of 5.5, 3.7 points above your usual for runs with a meal before them (1.8 over 43 scored runs of this week and the 12 before); the whole log's evidence on this is moderate. To try, as the article suggests: eat before you run (protein, carbohydrate and vitamins) to protect the muscle.
~ - No strength session this week. No remedy from this week: its runs with no strength session in the 7 days before had a mean pain of 1.5, not 1 point or more above your usual for runs with a strength session in the 7 days before (2.0 over 41 scored runs of this week and the 12 before).
~ To try, as the article suggests: rest — run every other day so the back muscles have time to repair.
~ - Thursday to Sunday were 4 running days in a row, and pain went 2, 5, 6, 4. No remedy from this week: the whole log has too few runs to judge it yet (see below).
~ - The 2 runs with a skipped pre-run meal had pain 5, 6. No remedy from this week: the whole log has too few runs to judge it yet (see below).
~ Nothing this week or in the log calls for a remedy yet.
~ | longest streak (days) | 4 | 1 | above | 1.0 | up |
~ Your usual is the middle 80% of the 4 weeks with runs among the 12 before this one: from their 10th to their 90th percentile (linear interpolation between the sorted weeks; for a count, rounded outward to whole numbers). A figure outside it is above or below your usual.
~ ![Pain on each day of the week](week_runs.png)
~ > **Caution:**
