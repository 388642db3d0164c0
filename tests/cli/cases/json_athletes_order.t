# --by athlete in JSON: each athlete's factors in the factors' own order
# (not each athlete's ranking), each with the plain difference beside the
# adjusted effect
$ cc -O2 -o $T/gen tests/bench/gen_cohort.c && $T/gen 10 300 > $T/c.csv && runlog analyze $T/c.csv --no-charts --by athlete -f json | grep -o '"factors": {"consecutive_days": {[^}]*"marginal_effect"[^}]*}, "meal_before": {[^}]*}, "meal_after": {[^}]*}, "strength": {[^}]*}, "load_spike"' | wc -l
> 10
