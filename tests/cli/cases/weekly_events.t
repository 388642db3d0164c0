# what happened in 2025-W10 of tests/data/week.csv, tied to the remedies
$ runlog weekly tests/data/week.csv --week 2025-W10 --out $T -q && cat $T/2025-W10/report.md
~ - **rest** Thursday to Sunday were 4 running days in a row, and pain rose from 2 to 4. Rest: run every other day.
~ - **eat** Both runs with a skipped pre-run meal hurt more (5, 6) than the week's other runs (2-4). Eat before you run: protein, carbohydrate and vitamins protect the muscle.
~ - **eat** The run after a skipped post-run meal the run before hurt more (4) than the week's other runs (2-6). Eat after you run: protein, carbohydrate and vitamins help the muscle repair.
~ - 1 strength session this week.
~ | longest streak (days) | 4 | 1.0 | up |
~ ![Pain on each day of the week](week_runs.png)
~ > **Caution:**
