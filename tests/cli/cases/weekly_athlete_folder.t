# each athlete's weekly reports get a folder of their own, from the name
# alone (include/runlog/athlete_folder.h): a name of letters (of any
# script), digits, '.', '-' and '_' as it is; any other name its readable
# part, '-' and the FNV-1a hash of the whole name, so the six names that
# shared three folders ("Smith, Jo" and "Smith Jo" were Smith_Jo, "Zoë" and
# "Zoé" Zo, an all-CJK name and ".." athlete) now get six, and no name
# reaches outside --out; each report names its own athlete.
# The hashes, from Python: h = 2166136261; for b in name.encode():
# h = ((h ^ b) * 16777619) % 2**32; print("%08x" % h)
$ printf 'Smith, Jo\nSmith Jo\nZo\303\253\nZo\303\251\n\345\261\261\347\224\260\345\244\252\351\203\216\n..\n../x\nann\n' > $T/names; { echo athlete,date,pain; awk '{ printf "\"%s\",2025-03-%02d,2\n", $0, NR % 7 + 3 }' $T/names; } > $T/c.csv; while read -r a; do runlog weekly $T/c.csv --athlete "$a" --week 2025-W10 --out $T/r -q || exit 1; done < $T/names; cd $T/r && find . -name report.md | sort; grep -h '"athlete"' */2025-W10/report.json | sort
> ./Smith_Jo-1f44ab37/2025-W10/report.md
> ./Smith_Jo-c72ae4b3/2025-W10/report.md
> ./Zoé/2025-W10/report.md
> ./Zoë/2025-W10/report.md
> ./ann/2025-W10/report.md
> ./athlete-a3d4a70d/2025-W10/report.md
> ./x-5c237dda/2025-W10/report.md
> ./山田太郎/2025-W10/report.md
>   "athlete": "..",
>   "athlete": "../x",
>   "athlete": "Smith Jo",
>   "athlete": "Smith, Jo",
>   "athlete": "Zoé",
>   "athlete": "Zoë",
>   "athlete": "ann",
>   "athlete": "山田太郎",
