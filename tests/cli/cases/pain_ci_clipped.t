# a CI of mean pain past the 0-10 scale (7+ days: 2 runs, -5.8 to 13.3 as
# computed) is shown clipped in the text, and kept in JSON with "clipped"
$ runlog analyze samples/mylog.csv --no-charts | grep -E '^ +(6|7\+) ' && runlog analyze samples/mylog.csv --no-charts -f json | grep -E '"days": (6|7)'
>      6     3        5.5  1.0 to 10.0
>     7+     2        3.8  0.0 (clipped) to 10.0 (clipped)
>       {"days": 6, "runs": 3, "mean_pain": 5.5, "ci95": [1.02165705249, 9.97834294751]},
>       {"days": 7, "or_more": true, "runs": 2, "mean_pain": 3.75, "ci95": [-5.77965355213, 13.2796535521], "clipped": true}
