# HTML with SVG charts: each inlined as <svg role="img"> sized by --size,
# without the XML prolog or doctype, its ids prefixed per figure, beside
# its narrow layout for phones (a 600x400 chart's axis text would be 6.5
# CSS pixels on a 390-pixel phone); the only URLs left are the SVG
# namespaces
$ runlog analyze tests/data/basic.csv --format html --out $T/svg --chart-format svg --size 600x400 > $T/r.html && ls $T/svg && grep -o '<figure><svg class="wide" role="img" aria-label="[^"]*" style="[^"]*"' $T/r.html && grep -c '</svg>' $T/r.html && grep -o 'id="fig[0-9]-[a-z]*"' $T/r.html | sort -u | tr '\n' ' ' && echo && ! grep -q -e '<?xml' -e '<!DOCTYPE svg' -e ' id="body"' -e '<script' -e '<link' -e 'url(' $T/r.html && grep -o 'http[^"]*' $T/r.html | sort -u
> factors.svg
> pain_by_meals.svg
> pain_by_streak.svg
> pain_timeline.svg
> runs.csv
> weekly.svg
> <figure><svg class="wide" role="img" aria-label="Back pain on each run" style="aspect-ratio:600/400"
> <figure><svg class="wide" role="img" aria-label="Pain by consecutive running days" style="aspect-ratio:600/400"
> <figure><svg class="wide" role="img" aria-label="Pain with meals eaten or skipped" style="aspect-ratio:600/400"
> <figure><svg class="wide" role="img" aria-label="Weekly running and pain" style="aspect-ratio:600/400"
> <figure><svg class="wide" role="img" aria-label="What goes with more back pain" style="aspect-ratio:600/400"
> 10
> id="fig1-background" id="fig1-body" id="fig1-content" id="fig2-background" id="fig2-body" id="fig2-content" id="fig3-background" id="fig3-body" id="fig3-content" id="fig4-background" id="fig4-body" id="fig4-content" id="fig5-background" id="fig5-body" id="fig5-content" 
> http://www.w3.org/1999/xlink
> http://www.w3.org/2000/svg
> http://www.w3.org/2001/xml-events
