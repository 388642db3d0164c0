# a log without distances cannot say which runs were long: long_run is
# "Not recorded" with the load spike (one column behind both), null in the
# JSON groups and effects, and no finding
$ awk 'BEGIN { print "date,pain"; for (m = 1; m <= 3; m++) for (d = 1; d <= 28; d++) if (d % 3) printf "2025-%02d-%02d,%d\n", m, d, (d + m) % 4 }' > $T/l.csv && runlog analyze $T/l.csv --no-charts | grep -A2 'Not recorded'; runlog analyze $T/l.csv --no-charts -f json > $T/r.json; grep -o '"long_run": null' $T/r.json; grep -c '"factor": "long_run"' $T/r.json; grep -o '"not_recorded": [^]]*]' $T/r.json
>   Not recorded: meals before and after runs (no ate_before or ate_after
>   column), strength sessions (no strength column), jumps in distance and long
>   runs (no distance column)
> "long_run": null
> "long_run": null
> 0
> "not_recorded": ["meal_before", "meal_after", "strength", "load_spike", "long_run"]
