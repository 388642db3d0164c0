# runlog today on a log where no factor goes with pain: a run without a meal
# before it names no remedy, and says there is no evidence
$ runlog today tests/data/planted/noise.csv --today 2025-10-06 --ate-before no
> runlog today, 2025-10-06
>   If you run today: the 2nd day in a row; no meal before; the last strength
>   session 7 days ago.
>   Distance: 37.7 km in the last 7 days, 155.3 km in the last 28.
>   expected pain             mean  95% prediction interval
>   run today                  4.2  2.9 to 5.6
>   rest today, run tomorrow   4.3  3.0 to 5.7
>   No remedy: in your log, a run without a meal before it has not clearly gone
>   with more or less pain (no evidence).
