# dates as runners' spreadsheets write them: D.M.YYYY, D.M.YY, DD.MM.YY,
# YYYY/MM/DD, D-M-YYYY, with a time after them (a comma between too); a
# column of dots that nothing decides is day first; month names in nine
# languages, short and long, any case, with or without the dot, after a
# weekday; the same dates each way give the same days
$ printf 'date,pain\n13.10.2022,1\n14.10.22,2\n15.10.22,3\n2022/10/16,4\n17-10-2022,5\n"18.10.2022, 15:09:27",6\n19.10.2022 07:31,7\n2022-10-20 07:31:00,8\n' > $T/num.csv; runlog diary $T/num.csv 2>/dev/null | cut -d, -f1; printf 'date,pain\n1.2.2025,3\n3.2.2025,4\n' > $T/dots.csv; runlog diary $T/dots.csv 2>/dev/null | cut -d, -f1 | tail -2; runlog diary $T/dots.csv --date-format MDY 2>/dev/null | cut -d, -f1 | tail -2; printf 'date,pain\n1-2-2025,3\n3-2-2025,4\n' > $T/dash.csv; runlog diary $T/dash.csv 2>&1 | sed "s|$T|T|"; printf 'date,pain\n6 Okt 2022,1\n6. Okt. 2022,1\n6. oktober 2022,1\n6 okt. 2022,1\n"Oct 6, 2022",1\nOCTOBER 6 2022,1\n6 ottobre 2022,1\n6 de octubre de 2022,1\n06-Oct-22,1\n"Donnerstag, 6. Oktober 2022",1\n6 janv. 2023,2\n6 Jänner 2023,2\n6 gen 2023,2\n6 févr. 2023,3\n6 fevr 2023,3\n6 Mrz 2023,4\n6 mrt. 2023,4\n6 März 2023,4\n6 maj 2023,5\n6 mei 2023,5\n"lun., 30 juin 2014 7:03",6\n6 déc. 2023,7\n6 dec 2023,7\n6 des. 2023,7\n' > $T/words.csv; runlog diary $T/words.csv 2>/dev/null | cut -d, -f1,6
> date
> 2022-10-13
> 2022-10-14
> 2022-10-15
> 2022-10-16
> 2022-10-17
> 2022-10-18
> 2022-10-19
> 2022-10-20
> 2025-02-01
> 2025-02-03
> 2025-01-02
> 2025-03-02
> runlog: T/dash.csv: every date could be day/month or month/day (no day above 12); give --date-format DMY or MDY
> date,notes
> 2014-06-30,1 run
> 2022-10-06,10 runs
> 2023-01-06,3 runs
> 2023-02-06,2 runs
> 2023-03-06,3 runs
> 2023-05-06,2 runs
> 2023-12-06,3 runs
