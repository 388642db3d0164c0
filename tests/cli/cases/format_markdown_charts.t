# Markdown with charts: each chart an image linking to the file written in --out
$ runlog analyze tests/data/basic.csv --format markdown --out $T/plots > $T/r.md && ls $T/plots && sed -n '/^## Charts$/,$p' $T/r.md | sed "s|$T|T|"
> factors.png
> pain_by_meals.png
> pain_by_streak.png
> pain_timeline.png
> runs.csv
> weekly.png
> ## Charts
>
> ![Back pain on each run](T/plots/pain_timeline.png)
>
> ![Pain by consecutive running days](T/plots/pain_by_streak.png)
>
> ![Pain with meals eaten or skipped](T/plots/pain_by_meals.png)
>
> ![Weekly running and pain](T/plots/weekly.png)
>
> ![What goes with more back pain](T/plots/factors.png)
>
> > **Caution:** runlog finds patterns in your log; it does not diagnose. Sharp pain, or pain that lasts for days, needs a doctor or a physiotherapist.
