# Garmin exports in Danish (CRLF, ISO dates, "6.29" with a dot, Løb and
# Styrketræning) and in the old French layout (a leading blank and a
# trailing comma in the header, "lun., 1 mars 2021 7:03", "2,94" km,
# Course à pied and Musculation) are read as Garmin exports: their runs
# and strength sessions counted, other sports left out, distances read
$ cd $T; printf 'Aktivitetstype,Dato,Favorit,Titel,Distance,Kalorier,Tid,Gennemsnitlig puls,Antal løb\r\nLøb,2021-03-02 15:05:08,false,"Tur, 5k","6.29","469","00:36:26","150","7"\r\nStyrketræning,2021-03-03 07:00:00,false,"Ryg","0.00","120","00:30:00","95","--"\r\nLøb,2021-03-04 17:47:07,false,"Aarhus Løb","10.16","1,090","00:56:35","154","7"\r\nCykling,2021-03-05 17:00:00,false,"Cykel","20.50","490","00:50:00","130","--"\r\n' > da.csv; printf ' activite,Type,date,Temps,Distance,Gain_altitude,Calories,\n peggy,Course à pied,"lun., 1 mars 2021 7:03",20:46,"2,94",23,241,\n  michael,Musculation,"mar., 2 mars 2021 5:28",30:00,--,--,150,\n michael,Course à pied,"jeu., 4 mars 2021 6:13",1:02:30,"12,05",65,"1.066",\n michael & peggy,Randonnée pédestre,"sam., 6 mars 2021 9:00",2:10:00,"8,10",300,700,\n' > fr.csv; printf 'date,pain\n2021-03-02,3\n2021-03-04,5\n' > p.csv; for f in da fr; do runlog analyze $f.csv --diary p.csv --no-charts | sed -n 2,3p; runlog diary $f.csv 2>/dev/null | sed 1d; done
>   read as a Garmin export: 2 runs, 1 strength session, 1 other activity left
>   out
> 2021-03-02,,,,,1 run 6.3 km
> 2021-03-04,,,,,1 run 10.2 km
>   read as a Garmin export: 2 runs, 1 strength session, 1 other activity left
>   out
> 2021-03-01,,,,,1 run 2.9 km
> 2021-03-04,,,,,1 run 12.1 km
