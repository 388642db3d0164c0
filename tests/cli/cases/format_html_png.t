# HTML with PNG charts: the charts are still written to --out, and each is
# embedded as a data: URI whose base64 decodes to that file's exact bytes;
# outside the base64 data nothing in the page points outside it
$ runlog analyze tests/data/basic.csv --format html --out $T/plots > $T/r.html && ls $T/plots && grep -o '<figure><img width="[0-9]*" height="[0-9]*" alt="[^"]*" src="data:image/png;base64,iVBORw0KGgo' $T/r.html && grep -o '<figcaption>.*</figure>' $T/r.html && i=0 && for n in pain_timeline pain_by_streak pain_by_meals weekly factors; do i=$((i+1)); sed -n 's/.*src="data:image\/png;base64,\([^"]*\)".*/\1/p' $T/r.html | sed -n "${i}p" | base64 -d | cmp -s - $T/plots/$n.png && echo "$n.png embedded"; done; sed 's/base64,[^"]*"/base64,"/' $T/r.html | grep -q -i -e 'http' -e '<script' -e '<link' -e '<iframe' -e 'url(' || echo self-contained
> factors.png
> pain_by_meals.png
> pain_by_streak.png
> pain_timeline.png
> runs.csv
> weekly.png
> <figure><img width="1200" height="750" alt="Back pain on each run" src="data:image/png;base64,iVBORw0KGgo
> <figure><img width="1200" height="750" alt="Pain by consecutive running days" src="data:image/png;base64,iVBORw0KGgo
> <figure><img width="1200" height="750" alt="Pain with meals eaten or skipped" src="data:image/png;base64,iVBORw0KGgo
> <figure><img width="1200" height="750" alt="Weekly running and pain" src="data:image/png;base64,iVBORw0KGgo
> <figure><img width="1200" height="750" alt="What goes with more back pain" src="data:image/png;base64,iVBORw0KGgo
> <figcaption>Back pain on each run</figcaption></figure>
> <figcaption>Pain by consecutive running days</figcaption></figure>
> <figcaption>Pain with meals eaten or skipped</figcaption></figure>
> <figcaption>Weekly running and pain</figcaption></figure>
> <figcaption>What goes with more back pain</figcaption></figure>
> pain_timeline.png embedded
> pain_by_streak.png embedded
> pain_by_meals.png embedded
> weekly.png embedded
> factors.png embedded
> self-contained
