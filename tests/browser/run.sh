#!/bin/sh
# Open the HTML reports in headless Chromium: every image must decode and
# every inline chart must lay out, and the pages must reference nothing
# outside themselves, and they must print. Leaves screenshots and PDFs in
# build/browser/ to look at.
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

# The check runs in a copy of each page, so the reports stay script-free.
check='<script>
addEventListener("load", function () {
  var imgs = document.images, bad = 0, svgs = document.querySelectorAll("figure svg"), flat = 0;
  for (var i = 0; i < imgs.length; i++)
    if (!imgs[i].complete || imgs[i].naturalWidth === 0) bad++;
  for (var j = 0; j < svgs.length; j++)
    if (svgs[j].getBoundingClientRect().height < 50) flat++;
  var p = document.createElement("p");
  p.id = "browser-check";
  p.textContent = "CHECK images=" + imgs.length + " broken=" + bad + " svgs=" + svgs.length + " flat=" + flat;
  document.body.appendChild(p);
});
</script>'
fail=0
for page in analyze analyze-svg weekly; do
	html=$out/$page.html
	# No external reference: nothing fetched from anywhere but the page.
	ext=$(sed 's/data:image\/png;base64,[A-Za-z0-9+\/=]*//g' "$html" |
		grep -oE '(src|href)="[^"#][^"]*"|url\([^)]*\)|<link|<script|@import' | head -3)
	if [ -n "$ext" ]; then
		echo "FAIL $page: external reference: $ext"
		fail=1
		continue
	fi
	{ sed '/^<\/body>$/d; /^<\/html>$/d' "$html"; printf '%s\n</body>\n</html>\n' "$check"; } \
		> "$out/$page.check.html"
	flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
	       --disable-component-update --disable-sync --user-data-dir=$out/profile"
	result=$("$browser" $flags --dump-dom "file://$root/$out/$page.check.html" 2>/dev/null |
		sed -n 's/.*<p id="browser-check">\([^<]*\)<.*/\1/p')
	"$browser" $flags --window-size=1000,2600 --screenshot="$root/$out/$page.png" \
		"file://$root/$out/$page.html" >/dev/null 2>&1
	"$browser" $flags --window-size=400,2600 --screenshot="$root/$out/$page-phone.png" \
		"file://$root/$out/$page.html" >/dev/null 2>&1
	"$browser" $flags --no-pdf-header-footer --print-to-pdf="$root/$out/$page.pdf" \
		"file://$root/$out/$page.html" >/dev/null 2>&1
	case $result in
	*"broken=0"*"flat=0"*)
		n=$(echo "$result" | sed 's/.*images=\([0-9]*\).*svgs=\([0-9]*\).*/\1 \2/')
		set -- $n
		if [ $(($1 + $2)) -lt 2 ]; then
			echo "FAIL $page: no charts in the page ($result)"
			fail=1
		elif [ ! -s "$out/$page.png" ]; then
			echo "FAIL $page: no screenshot"
			fail=1
		elif ! head -c 5 "$out/$page.pdf" 2>/dev/null | grep -q '%PDF'; then
			echo "FAIL $page: it does not print to PDF"
			fail=1
		else
			echo "ok   $page: $result, screenshots $out/$page.png, $out/$page-phone.png, printed $out/$page.pdf"
		fi ;;
	*)
		echo "FAIL $page: ${result:-the page did not load}"
		fail=1 ;;
	esac
done
[ $fail -eq 0 ] && echo "browser: all pages whole" || echo "browser: failed"
exit $fail
