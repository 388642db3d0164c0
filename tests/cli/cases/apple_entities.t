# entities declared in an export.xml's DOCTYPE are never expanded:
# "billion laughs" (10^9 copies of "lol") fails at once, in little memory,
# referred to from an attribute or from the text (libxml2 stops the loop),
# and a DOCTYPE that declares any entity is refused (Apple's has none)
$ l='<!ENTITY lol "lol">'; p=lol; for i in 1 2 3 4 5 6 7 8 9; do l="$l<!ENTITY lol$i \"$(printf "&$p;%.0s" 1 2 3 4 5 6 7 8 9 10)\">"; p=lol$i; done; printf '<?xml version="1.0"?>\n<!DOCTYPE HealthData [%s]>\n<HealthData locale="&lol9;"/>\n' "$l" > $T/a.xml; printf '<?xml version="1.0"?>\n<!DOCTYPE HealthData [%s]>\n<HealthData locale="en">\n&lol9;\n</HealthData>\n' "$l" > $T/t.xml; printf '<?xml version="1.0"?>\n<!DOCTYPE HealthData [<!ENTITY me "Ana">]>\n<HealthData locale="en">\n<Me/>\n</HealthData>\n' > $T/e.xml; for f in a t e; do runlog analyze $T/$f.xml --no-charts 2>&1 | sed "s|$T|T|"; echo "exit $(runlog analyze $T/$f.xml --no-charts >/dev/null 2>&1; echo $?)"; done
> runlog: T/a.xml:3: cannot be read as XML: Detected an entity reference loop
> exit 65
> runlog: T/t.xml:4: cannot be read as XML: Detected an entity reference loop
> exit 65
> runlog: T/e.xml: the DOCTYPE declares entities: runlog refuses them (they can expand without end; Apple's export has none)
> exit 65
