# the text report on the sample log: span, streak table, meals, findings, charts, caution
# (2.1 points with long_run in the model, which leaves out the first 30 days;
# 2.2 before: statsmodels agrees, model_check.py)
$ runlog analyze samples/mylog.csv --out $T/plots | sed "s|$T|T|"
~ runlog: samples/mylog.csv
~ Pain by consecutive running days
~ Pain with and without each factor
~ What goes with your back pain
~   1. [strong] Runs on the third consecutive day or later went with 2.1 points
~   T/plots/pain_timeline.png
~ Caution: runlog finds patterns in your log; it does not diagnose.
