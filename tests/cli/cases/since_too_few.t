# two weeks of runs in the model before the date: no estimate, and it says
# why (the first 30 days have no long-run value yet, so stay out)
$ runlog analyze tests/data/since/drop.csv --no-charts --since 2025-02-17
~ Too few runs to compare before and after 2025-02-17: 8 runs in 2 weeks
