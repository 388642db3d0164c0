# a file saved as Excel's "Unicode Text" (UTF-16 with a byte-order mark,
# either byte order, tab-separated, CRLF) is read after conversion, and the
# first report line says so; it gives the same analysis as the same log in
# UTF-8; a diary in UTF-16 is read too; UTF-16 that ends inside a
# character, and other binary files, are refused with "save it as CSV UTF-8"
$ cd $T; printf 'date\tpain\tdistance_km\tnotes\r\n2025-03-01\t3\t5,5\tcaf\303\251\r\n2025-03-02\t4\t6\t\360\237\230\200\r\n6 M\303\244r 2025\t2\t4\t\r\n' > u8.txt; iconv -f UTF-8 -t UTF-16LE u8.txt | { printf '\377\376'; cat; } > le.txt; iconv -f UTF-8 -t UTF-16BE u8.txt | { printf '\376\377'; cat; } > be.txt; runlog analyze le.txt --no-charts | sed -n 2,3p; for f in le be; do runlog analyze $f.txt --no-charts -f json | sed 1,3d | cmp -s - $(runlog analyze u8.txt --no-charts -f json | sed 1,3d > u8.json; echo u8.json) && echo "$f: same"; done; printf 'date,pain\n2025-03-01,1\n' | iconv -f UTF-8 -t UTF-16 > d.csv; runlog analyze u8.txt --diary d.csv --no-charts | sed -n 3,4p; head -c 9 le.txt > cut.txt; runlog analyze cut.txt --no-charts 2>&1; printf '\377\376\000\330,\000' > lone.txt; runlog analyze lone.txt --no-charts 2>&1; runlog analyze lone.txt --no-charts >/dev/null 2>&1; echo "exit $?"
>   read as a runlog log: 3 runs, 0 strength sessions; read as UTF-16, converted
>   2025-03-01 to 2025-03-06 (6 days): 3 runs, 3 scored, mean pain 3.0
> le: same
> be: same
>   pain from the diary d.csv (read as UTF-16, converted): 1 day with runs, 0
>   diary days with no run
> runlog: cut.txt:1: the UTF-16 text ends inside a character: save it as CSV UTF-8
> runlog: lone.txt:1: not valid UTF-16 text (a lone surrogate): save it as CSV UTF-8
> exit 65
