package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-article GeoWebNews file written for the eval geo tests. */
final class GeoEvalFiles {
  private GeoEvalFiles() {}

  static Path gwn(Path dir) throws IOException {
    Path file = dir.resolve("gwn.xml");
    Files.writeString(file, """
        <?xml version="1.0" ?>
        <articles>
          <article file="0">
            <title>Floods</title>
            <text>Floods closed roads between Leeds and Manchester on Sunday, police said.</text>
            <toponyms>
              <toponym><extractedName>Leeds</extractedName><type>Literal</type>
                <nonLocational>No</nonLocational><start>28</start><end>33</end>
                <geonamesID>2644688</geonamesID><latitude>53.79648</latitude>
                <longitude>-1.54785</longitude></toponym>
              <toponym><extractedName>Manchester</extractedName><type>Literal</type>
                <nonLocational>No</nonLocational><start>38</start><end>48</end>
                <geonamesID>2643123</geonamesID><latitude>53.48095</latitude>
                <longitude>-2.23743</longitude></toponym>
            </toponyms>
          </article>
          <article file="1">
            <title>Clashes</title>
            <text>Fighting near Goma drove families south to Bukavu, aid workers said.</text>
            <toponyms>
              <toponym><extractedName>Goma</extractedName><type>Literal</type>
                <nonLocational>No</nonLocational><start>14</start><end>18</end>
                <geonamesID/><latitude>-1.67409</latitude><longitude>29.22845</longitude></toponym>
              <toponym><extractedName>Bukavu</extractedName><type>Literal</type>
                <nonLocational>No</nonLocational><start>43</start><end>49</end>
                <geonamesID/><latitude>-2.49077</latitude><longitude>28.84281</longitude></toponym>
            </toponyms>
          </article>
        </articles>
        """);
    return file;
  }
}
