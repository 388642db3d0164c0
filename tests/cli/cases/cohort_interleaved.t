# two athletes whose dates interleave (tests/data/cohort.csv): streaks, the
# previous run's meal and the 7-day strength window stay within each athlete.
# By hand: ann runs Mar 1,2,3,5 (streaks 1,2,3,1), bob Mar 2,3,4 (1,2,3);
# streak 1: pains 1,1,2 (mean 1.333...); 2: 3,2; 3: 5,6. After a skipped
# post-run meal: ann Mar 2 (3) and bob Mar 4 (6); ate: 5,1,2. Bob's strength
# session on Mar 1 covers his runs only: without 4 runs (ann: 1,3,5,1), with 3
$ runlog analyze tests/data/cohort.csv --no-charts --format json | grep -o "\"days\": [0-9], \"runs\": [0-9]*, \"mean_pain\": [0-9.]*\|\"meal_after\": {\"skipped_runs\": [0-9]*, \"ate_runs\": [0-9]*, \"mean_pain_skipped\": [0-9.]*, \"mean_pain_ate\": [0-9.]*\|\"strength\": {\"without_runs\": [0-9]*, \"with_runs\": [0-9]*, \"mean_pain_without\": [0-9.]*, \"mean_pain_with\": [0-9.]*"; runlog analyze tests/data/cohort.csv --no-charts | sed -n 2p
> "days": 1, "runs": 3, "mean_pain": 1.33333333333
> "days": 2, "runs": 2, "mean_pain": 2.5
> "days": 3, "runs": 2, "mean_pain": 5.5
> "days": 4, "runs": 0, "mean_pain": 
> "days": 5, "runs": 0, "mean_pain": 
> "days": 6, "runs": 0, "mean_pain": 
> "meal_after": {"skipped_runs": 2, "ate_runs": 3, "mean_pain_skipped": 4.5, "mean_pain_ate": 2.66666666667
> "strength": {"without_runs": 4, "with_runs": 3, "mean_pain_without": 2.5, "mean_pain_with": 3.33333333333
>   read as a runlog log: 7 runs, 1 strength session; 2 athletes pooled
