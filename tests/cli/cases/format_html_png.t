# HTML with PNG charts: the PNGs are written to --out, and the page shows
# each chart as inline SVG, the drawing the PNG is rasterised from, so the
# page is the one --chart-format svg gives, byte for byte; beside each
# chart its narrow layout (600x400, ids apart), which a screen of 768 CSS
# pixels or less shows instead; the only URLs are the SVG namespaces
$ runlog analyze tests/data/basic.csv --format html --out $T/plots > $T/r.html && runlog analyze tests/data/basic.csv --format html --out $T/svg --chart-format svg > $T/s.html && ls $T/plots && cmp $T/r.html $T/s.html && grep -o '<figure><svg class="wide" role="img" aria-label="[^"]*" style="[^"]*"\|<svg class="narrow" role="img" aria-label="[^"]*" style="[^"]*"' $T/r.html && grep -o '@media screen and (max-width:768px){figure .wide{display:none}figure .narrow{display:block}$' $T/r.html && grep -o 'id="fig[0-9]n*-[a-z]*"' $T/r.html | sort | uniq -d | wc -l && grep -c 'id="fig[0-9]n-body"' $T/r.html && ! grep -q -e '<img' -e '<?xml' -e '<script' -e '<link' -e 'url(' $T/r.html && grep -o 'http[^"]*' $T/r.html | sort -u
> factors.png
> pain_by_meals.png
> pain_by_streak.png
> pain_timeline.png
> runs.csv
> weekly.png
> <figure><svg class="wide" role="img" aria-label="Back pain on each run" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Back pain on each run" style="aspect-ratio:400/267"
> <figure><svg class="wide" role="img" aria-label="Pain by consecutive running days" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Pain by consecutive running days" style="aspect-ratio:400/267"
> <figure><svg class="wide" role="img" aria-label="Pain with meals eaten or skipped" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Pain with meals eaten or skipped" style="aspect-ratio:400/267"
> <figure><svg class="wide" role="img" aria-label="Weekly running and pain" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Weekly running and pain" style="aspect-ratio:400/267"
> <figure><svg class="wide" role="img" aria-label="What goes with more back pain" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="What goes with more back pain" style="aspect-ratio:400/267"
> @media screen and (max-width:768px){figure .wide{display:none}figure .narrow{display:block}
> 0
> 5
> http://www.w3.org/1999/xlink
> http://www.w3.org/2000/svg
> http://www.w3.org/2001/xml-events
