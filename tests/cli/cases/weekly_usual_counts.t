# issue 19: the usual of a count is a whole-number range, its 10th
# percentile rounded down and its 90th up, and the verdict goes by the
# range shown. Runs in the 12 weeks before 2025-W22 of the sample log,
# sorted: 1 3 4 4 5 5 5 5 5 5 6 6, interpolated 3.1 to 5.9, shown 3-6; the
# week's 6 runs were "above (3.1-5.9)" and are typical. Distance and mean
# pain keep their decimal; report.json's p10 and p90 are what is shown
$ runlog weekly samples/mylog.csv --week 2025-W22 --out $T | sed -n 1,3p; grep -E '^\| (runs|longest streak)' $T/2025-W22/report.md; grep -E '"(runs|longest_streak|distance_km)": \{"verdict"' $T/2025-W22/report.json
> 2025-W22 (2025-05-26 to 2025-06-01): 6 runs, 50.7 km, mean pain 3.7 (max 6.0)
>   against your usual (12 weeks): runs typical (3-6),
>     distance (km) above (28.9-47.0), mean pain above (1.0-3.2)
> | runs | 6 | 3-6 | typical | 5.5 | up |
> | longest streak (days) | 7 | 2-5 | above | 5.0 | up |
>     "runs": {"verdict": "typical", "weeks": 12, "p10": 3, "p90": 6, "min": 1, "max": 6},
>     "distance_km": {"verdict": "above", "weeks": 12, "p10": 28.88, "p90": 47.03, "min": 6.6, "max": 52.2},
>     "longest_streak": {"verdict": "above", "weeks": 12, "p10": 2, "p90": 5, "min": 1, "max": 7},
