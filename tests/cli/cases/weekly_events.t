# what happened in 2025-W10 of tests/data/week.csv, tied to the remedies
$ runlog weekly tests/data/week.csv --week 2025-W10 --out $T -q && cat $T/2025-W10/report.md
~ - **rest** Thursday to Sunday were 4 running days in a row, and pain went 2, 5, 6, 4. To try, as the article suggests: run every other day.
~ - **eat** The 2 runs with a skipped pre-run meal had a mean pain of 5.5 (5, 6), more than the mean of the week's other runs (2.7, range 2-4). To try, as the article suggests: eat before you run (protein, carbohydrate and vitamins) to protect the muscle.
~ - **eat** The run after a skipped post-run meal the run before had pain 4, more than the mean of the week's other runs (3.8, range 2-6). To try, as the article suggests: eat after you run (protein, carbohydrate and vitamins) to help the muscle repair.
~ - 1 strength session this week.
~ To try, as the article suggests: rest — run every other day so the back muscles have time to repair.
~ | longest streak (days) | 4 | 1.0 | up |
~ ![Pain on each day of the week](week_runs.png)
~ > **Caution:**
