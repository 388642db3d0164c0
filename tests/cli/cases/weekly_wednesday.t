# weekly on a Wednesday reports the ISO week before; hand count for
# tests/data/week.csv, 2025-W10 (Mar 3-9): runs Mon 3, Thu 6, Fri 7, Sat 8,
# Sun 9 = 5; 5+6+5+7+12 = 35 km; pain 2,2,5,6,4: mean 3.8, max 6; streak
# Thu-Sun = 4; no meal before Fri and Sat = 2; no meal after Sat = 1;
# strength on Tue 4 = 1. Previous 4 weeks: 3 runs each; 16+19+20+16 km,
# so the usual (the 10th to 90th percentile of those 4 weeks, linear
# interpolation) is 16 + 0.3 x (16-16) = 16.0 to 19 + 0.7 x (20-19) = 19.7 km.
# The 18-run log is too short to judge a factor: no top remedy.
$ runlog weekly tests/data/week.csv --today 2025-03-12 --out $T/reports | sed "s|$T|T|"; ls $T/reports/2025-W10; grep -E '^  "(week|start|end|runs|distance_km|mean_pain|max_pain|pain_free_runs|longest_streak|skipped_meal_before|skipped_meal_after|strength_sessions)"' $T/reports/2025-W10/report.json
> 2025-W10 (2025-03-03 to 2025-03-09): 5 runs, 35.0 km, mean pain 3.8 (max 6.0)
>   against your usual (4 weeks): runs above (3),
>     distance (km) above (16.0-19.7), mean pain above (1.4-1.9)
>   against the previous 4 weeks: runs up from 3.0, distance (km) up from 17.8,
>     mean pain up from 1.7
>   top remedy: none (nothing this week or in the whole log calls for one)
>   report: T/reports/2025-W10/report.html
> last_12_weeks.png
> report.html
> report.json
> report.md
> week_runs.png
>   "week": "2025-W10",
>   "start": "2025-03-03",
>   "end": "2025-03-09",
>   "runs": 5,
>   "distance_km": 35,
>   "mean_pain": 3.8,
>   "max_pain": 6,
>   "pain_free_runs": 0,
>   "longest_streak": 4,
>   "skipped_meal_before": 2,
>   "skipped_meal_after": 1,
>   "strength_sessions": 1,
