# runlog today on the planted streak log (pain 1 point higher a day in a row):
# the 3rd day in a row has strong evidence, and the advice is to rest
$ awk -F, 'NR==1 || $1 <= "2025-10-04"' tests/data/planted/rest.csv > $T/log.csv && runlog today $T/log.csv --today 2025-10-05
> runlog today, 2025-10-05
>   If you run today: the 3rd day in a row; meal before not given; the last
>   strength session 31 days ago.
>   Distance: 37.6 km in the last 7 days, 156.8 km in the last 28.
>   expected pain             mean  95% prediction interval
>   run today                  3.1  1.9 to 4.2
>   rest today, run tomorrow   0.9  0.0 (clipped) to 2.1
>   Rest today: a 3rd day in a row has gone with 2.4 more points of pain in your
>   log (strong evidence).
