# weekly's report.html shows its two charts as inline SVG, each with its
# 600x400 narrow layout for phones beside it (ids apart), no PNG embedded
# and nothing outside the page; the PNG files are still written
$ runlog weekly samples/mylog.csv --week 2025-W14 --out $T/r -q && ls $T/r/2025-W14 && h=$T/r/2025-W14/report.html && grep -o '<figure><svg class="wide" role="img" aria-label="[^"]*" style="[^"]*"\|<svg class="narrow" role="img" aria-label="[^"]*" style="[^"]*"' $h && grep -c '@media screen and (max-width:768px){figure .wide{display:none}figure .narrow{display:block}$' $h && grep -o 'id="fig[0-9]n*-[a-z]*"' $h | sort | uniq -d | wc -l && ! grep -q -e '<img' -e 'data:' -e '<script' -e '<link' -e 'url(' $h && grep -o 'http[^"]*' $h | sort -u
> last_12_weeks.png
> report.html
> report.json
> report.md
> week_runs.png
> <figure><svg class="wide" role="img" aria-label="Pain on each day of the week" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Pain on each day of the week" style="aspect-ratio:400/267"
> <figure><svg class="wide" role="img" aria-label="Running and pain, week by week" style="aspect-ratio:1200/750"
> <svg class="narrow" role="img" aria-label="Running and pain, week by week" style="aspect-ratio:400/267"
> 1
> 0
> http://www.w3.org/1999/xlink
> http://www.w3.org/2000/svg
> http://www.w3.org/2001/xml-events
