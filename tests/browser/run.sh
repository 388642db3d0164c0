#!/bin/sh
# Open the HTML reports in headless Chromium on a phone's screen and a
# laptop's: every image must decode, every inline chart must lay out, the
# page must not be wider than the screen nor anything in it scroll sideways, the axis text on the phone must
# be at least 9 CSS pixels high, the pages must reference nothing outside
# themselves, and they must print. Leaves screenshots (PAGE-WIDTH.png) and
# PDFs in build/browser/ to look at.
#
# usage: tests/browser/run.sh   (from the repo root, after make)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
out=build/browser
rm -rf "$out" && mkdir -p "$out" || exit 1
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
	echo "browser: chromium not found (apt-get install chromium)" >&2
	exit 1
fi

./runlog analyze samples/mylog.csv --format html --out "$out/plots" > "$out/analyze.html" || exit 1
./runlog analyze samples/mylog.csv --format html --chart-format svg --out "$out/svg" \
	> "$out/analyze-svg.html" || exit 1
./runlog weekly samples/mylog.csv --week 2025-W14 --out "$out/reports" -q || exit 1
cp "$out/reports/2025-W14/report.html" "$out/weekly.html"
./runlog plan rest --start 2025-08-04 --seed 1 --out "$out/plan.csv" > /dev/null || exit 1
./runlog analyze samples/mylog.csv --plan "$out/plan.csv" --format html --out "$out/plan-plots" \
	> "$out/plan.html" || exit 1

# Each page is looked at on two screens, a 390x844 phone and a 1280x800
# laptop. Headless Chromium will not make a window narrower than 500
# pixels (a --window-size=390 screenshot is a 500-pixel layout cut off), so
# the page is shown in a frame of the screen's width, given as srcdoc so
# that the check, in the outer page, can read it. The frame grows to the
# page's height, so the screenshot shows it all. The reports stay
# script-free. The check counts the images (every one must decode) and the
# visible inline charts (none flat), and measures their text in CSS
# pixels: the axis text (the numbers on the axes) and the smallest. The
# charts' text was laid out by libplot with Helvetica's metrics, so the
# page must draw it in a font with those metrics (Helvetica, Arial or
# Liberation Sans): its width over Liberation Sans's must be 1 to 1%.
# Nothing may scroll sideways either: no element (a table's box, say) whose
# content is wider than it shows, so every number is seen without a swipe.
check='<script>
addEventListener("load", function () {
  var f = document.getElementById("page"), d = f.contentDocument, imgs = d.images, bad = 0;
  var svgs = d.querySelectorAll("figure svg"), shown = 0, flat = 0, axis = 1e9, small = 1e9;
  var ctx = document.createElement("canvas").getContext("2d"), drawn = 0, metric = 0;
  for (var i = 0; i < imgs.length; i++)
    if (!imgs[i].complete || imgs[i].naturalWidth === 0) bad++;
  for (var j = 0; j < svgs.length; j++) {
    if (!svgs[j].getClientRects().length) continue;
    shown++;
    if (svgs[j].getBoundingClientRect().height < 50) flat++;
    var ts = svgs[j].querySelectorAll("text");
    for (var k = 0; k < ts.length; k++) {
      var m = ts[k].getScreenCTM(), size = parseFloat(ts[k].getAttribute("font-size")) *
        Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      small = Math.min(small, size);
      ctx.font = ts[k].getAttribute("font-size") + " \x27Liberation Sans\x27";
      drawn += ts[k].getComputedTextLength();
      metric += ctx.measureText(ts[k].textContent).width;
      if (/^-?[0-9.]+$/.test(ts[k].textContent)) axis = Math.min(axis, size);
    }
  }
  var all = d.body.getElementsByTagName("*"), sideways = 0;
  for (var q = 0; q < all.length; q++) {
    var ox = getComputedStyle(all[q]).overflowX;
    if ((ox === "auto" || ox === "scroll") && all[q].scrollWidth > all[q].clientWidth + 1) sideways++;
  }
  f.height = d.documentElement.scrollHeight;
  var p = document.createElement("p");
  p.id = "browser-check";
  p.textContent = "CHECK images=" + imgs.length + " broken=" + bad + " svgs=" + shown +
    " flat=" + flat + " axis_px=" + (shown ? axis.toFixed(1) : "-") +
    " smallest_px=" + (shown ? small.toFixed(1) : "-") +
    " width_vs_liberation=" + (metric ? (drawn / metric).toFixed(3) : "-") +
    " overflow=" + (d.documentElement.scrollWidth > f.width ? 1 : 0) + " sideways=" + sideways;
  document.body.appendChild(p);
});
</script>'
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --hide-scrollbars
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir=$out/profile"
# The least axis text, in CSS pixels, on a phone.
min_axis_px=9
fail=0
for page in analyze analyze-svg weekly plan; do
	html=$out/$page.html
	# No external reference: nothing fetched from anywhere but the page.
	ext=$(sed 's/data:image\/png;base64,[A-Za-z0-9+\/=]*//g' "$html" |
		grep -oE '(src|href)="[^"#][^"]*"|url\([^)]*\)|<link|<script|@import' | head -3)
	if [ -n "$ext" ]; then
		echo "FAIL $page: external reference: $ext"
		fail=1
		continue
	fi
	for screen in 390x844 1280x800; do
		w=${screen%x*}
		shot=$out/$page-$w.png
		{
			printf '<!DOCTYPE html>\n<html><body style="margin:0">'
			printf '<iframe id="page" width="%s" height="%s" style="border:0;display:block" srcdoc="' \
				"$w" "${screen#*x}"
			sed 's/&/\&amp;/g; s/"/\&quot;/g' "$html"
			printf '"></iframe>\n%s\n</body></html>\n' "$check"
		} > "$out/$page-$w.check.html"
		result=$("$browser" $flags --window-size=$((w < 500 ? 500 : w)),800 --dump-dom \
			"file://$root/$out/$page-$w.check.html" 2>/dev/null |
			sed -n 's/.*<p id="browser-check">\([^<]*\)<.*/\1/p')
		"$browser" $flags --window-size=$((w < 500 ? 500 : w)),12000 --screenshot="$root/$shot" \
			"file://$root/$out/$page-$w.check.html" >/dev/null 2>&1
		n=$(echo "$result" | sed -n 's/.*images=\([0-9]*\).*svgs=\([0-9]*\).*axis_px=\([0-9.-]*\).*/\1 \2 \3/p')
		set -- ${n:-0 0 -}
		case $result in
		*"broken=0"*"flat=0"*"overflow=0 sideways=0"*)
			if [ $(($1 + $2)) -lt 2 ]; then
				echo "FAIL $page at $screen: no charts in the page ($result)"
				fail=1
			elif [ "$w" -lt 500 ] && [ "$2" -gt 0 ] &&
			     awk -v px="$3" -v min=$min_axis_px 'BEGIN { exit !(px < min) }'; then
				echo "FAIL $page at $screen: axis text $3 px, under $min_axis_px ($result)"
				fail=1
			elif [ "$2" -gt 0 ] && ! echo "$result" | grep -q 'width_vs_liberation=\(0\.99\|1\.00\|1\.01\)'; then
				echo "FAIL $page at $screen: chart text not in Helvetica's metrics ($result)"
				fail=1
			elif [ ! -s "$shot" ]; then
				echo "FAIL $page at $screen: no screenshot"
				fail=1
			else
				echo "ok   $page at $screen: $result, screenshot $shot"
			fi ;;
		*)
			echo "FAIL $page at $screen: ${result:-the page did not load}"
			fail=1 ;;
		esac
	done
	"$browser" $flags --no-pdf-header-footer --print-to-pdf="$root/$out/$page.pdf" \
		"file://$root/$out/$page.html" >/dev/null 2>&1
	if ! head -c 5 "$out/$page.pdf" 2>/dev/null | grep -q '%PDF'; then
		echo "FAIL $page: it does not print to PDF"
		fail=1
	fi
done
[ $fail -eq 0 ] && echo "browser: all pages whole" || echo "browser: failed"
exit $fail
