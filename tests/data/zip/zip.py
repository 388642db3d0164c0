"""Write a zip for a test, as the apps' exports are zipped (run with
Debian's /usr/bin/python3):

    zip.py OUT.zip NAME=FILE ... NAME:TEXT ...

NAME=FILE stores the file FILE as the member NAME; NAME:TEXT stores TEXT
(with \\n for a line end). Members are deflated, in the order given.
"""
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for arg in sys.argv[2:]:
        eq, colon = arg.find("="), arg.find(":")
        if eq > 0 and (colon < 0 or eq < colon):
            z.write(arg[eq + 1:], arg[:eq])
        else:
            z.writestr(arg[:colon], arg[colon + 1:].replace("\\n", "\n"))
