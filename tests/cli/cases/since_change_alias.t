# --change is --since's other name; the text says what went with the date,
# never that the change caused it
$ runlog analyze tests/data/since/drop.csv --no-charts --change 2025-04-14
~ Did it work?
~ Since 2025-04-14 your pain has been
~ points lower than the trend before
~ not proof that it caused it
