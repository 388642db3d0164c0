# runlog today on the planted streak log after a rest day: no streak, so no
# rest; the factor the run today has (no strength session in a week) has no
# evidence, and no remedy is named
$ awk -F, 'NR==1 || $1 <= "2025-09-30"' tests/data/planted/rest.csv > $T/log.csv && runlog today $T/log.csv --today 2025-10-02
> runlog today, 2025-10-02
>   If you run today: after a rest day; meal before not given; the last strength
>   session 28 days ago.
>   Distance: 37.2 km in the last 7 days, 151.7 km in the last 28.
>   expected pain             mean  95% prediction interval
>   run today                  0.9  0.0 (clipped) to 2.0
>   rest today, run tomorrow   0.9  0.0 (clipped) to 2.0
>   No remedy: in your log, a run with no strength session in the 7 days before
>   has not clearly gone with more or less pain (no evidence).
