//! Table test: sentences written for this test, a document date, and every time expression
//! expected in the sentence as `text => value` (an empty list: nothing may be tagged).
//! Covers every rule family and the false alarms the issue lists.

use floorcross_timex::Tagger;

/// (sentence, document date or "", expected `text => value` in order)
const ROWS: &[(&str, &str, &[&str])] = &[
    // ---- the seed's expressions, in sentences of our own (2019-02-12 is a Tuesday)
    (
        "Photo: Jane Roe Photography 2017",
        "2019-02-12",
        &["2017 => 2017"],
    ),
    (
        "A statement is expected at 11am today.",
        "2019-02-12",
        &["11am today => 2019-02-12T11:00"],
    ),
    (
        "The editor tweeted this morning that talks had stalled.",
        "2019-02-12",
        &["this morning => 2019-02-12TMO"],
    ),
    (
        "Seven MPs who quit their party on Monday formed a group.",
        "2019-02-12",
        &["Monday => 2019-02-11"],
    ),
    (
        "They quit Labour to set up the group on Monday.",
        "2019-02-12",
        &["Monday => 2019-02-11"],
    ),
    (
        "In Monday's article, three MPs set out their case.",
        "2019-02-12",
        &["Monday => 2019-02-11"],
    ),
    (
        "A vote is expected at 11am, before questions at 12 noon.",
        "2019-02-12",
        &["11am => 2019-02-12T11:00", "12 noon => 2019-02-12T12:00"],
    ),
    (
        "She lost the selection vote in January 2017.",
        "2019-02-12",
        &["January 2017 => 2017-01"],
    ),
    (
        "She won the seat at the 2015 General Election.",
        "2019-02-12",
        &["the 2015 General Election => 2015-05-07"],
    ),
    (
        "He kept the seat at the snap General Election of 2017.",
        "2019-02-12",
        &["General Election of 2017 => 2017-06-08"],
    ),
    (
        "Labour's 2015 manifesto promised a referendum.",
        "2019-02-12",
        &["2015 => 2015"],
    ),
    // ---- weekdays and tense
    (
        "The minister resigned on Friday.",
        "2019-02-12",
        &["Friday => 2019-02-08"],
    ),
    (
        "The minister will resign on Friday.",
        "2019-02-12",
        &["Friday => 2019-02-15"],
    ),
    (
        "The committee is expected to report on Thursday.",
        "2019-02-12",
        &["Thursday => 2019-02-14"],
    ),
    (
        "The bill was published on Tuesday.",
        "2019-02-12",
        &["Tuesday => 2019-02-12"],
    ),
    (
        "Talks are scheduled for Wednesday.",
        "2019-02-12",
        &["Wednesday => 2019-02-13"],
    ),
    (
        "He spoke at a rally on Sunday.",
        "2019-02-12",
        &["Sunday => 2019-02-10"],
    ),
    (
        "She said she would stand down on Saturday.",
        "2019-02-12",
        &["Saturday => 2019-02-16"],
    ),
    (
        "Voters go to the polls next Thursday.",
        "2019-02-12",
        &["next Thursday => 2019-02-14"],
    ),
    (
        "The leader met activists last Friday.",
        "2019-02-12",
        &["last Friday => 2019-02-08"],
    ),
    (
        "The deal collapsed on Sunday night.",
        "2019-02-12",
        &["Sunday night => 2019-02-10TNI"],
    ),
    (
        "The result came on Friday morning.",
        "2019-02-12",
        &["Friday morning => 2019-02-08TMO"],
    ),
    (
        "The party held a meeting on Monday, October 26, 1998.",
        "2019-02-12",
        &["Monday, October 26, 1998 => 1998-10-26"],
    ),
    (
        "The cabinet met on Tuesday.",
        "2019-02-13",
        &["Tuesday => 2019-02-12"],
    ),
    (
        "He was sacked the previous Friday.",
        "2019-02-12",
        &["the previous Friday => 2019-02-08"],
    ),
    (
        "The whip was restored on Monday.",
        "",
        &["Monday => XXXX-WXX-1"],
    ),
    // ---- deictic days and parts of the day
    (
        "The MP defected today.",
        "2019-02-12",
        &["today => 2019-02-12"],
    ),
    (
        "The MP defected yesterday.",
        "2019-02-12",
        &["yesterday => 2019-02-11"],
    ),
    (
        "The MP will defect tomorrow.",
        "2019-02-12",
        &["tomorrow => 2019-02-13"],
    ),
    (
        "It happened the day before yesterday.",
        "2019-02-12",
        &["the day before yesterday => 2019-02-10"],
    ),
    (
        "It will happen the day after tomorrow.",
        "2019-02-12",
        &["the day after tomorrow => 2019-02-14"],
    ),
    (
        "She will speak tonight.",
        "2019-02-12",
        &["tonight => 2019-02-12TNI"],
    ),
    (
        "He resigned last night.",
        "2019-02-12",
        &["last night => 2019-02-11TNI"],
    ),
    (
        "MPs debated the motion this afternoon.",
        "2019-02-12",
        &["this afternoon => 2019-02-12TAF"],
    ),
    (
        "The vote was held yesterday evening.",
        "2019-02-12",
        &["yesterday evening => 2019-02-11TEV"],
    ),
    (
        "Talks continue tomorrow morning.",
        "2019-02-12",
        &["tomorrow morning => 2019-02-13TMO"],
    ),
    ("He voted today.", "", &["today => XXXX-XX-XX"]),
    // ---- clock times
    (
        "The polls close at 10pm.",
        "2019-02-12",
        &["10pm => 2019-02-12T22:00"],
    ),
    (
        "The statement came at 10:35 a.m. on the steps.",
        "2019-02-12",
        &["10:35 a.m. => 2019-02-12T10:35"],
    ),
    (
        "The count ended at 3.30am.",
        "2019-02-12",
        &["3.30am => 2019-02-12T03:30"],
    ),
    (
        "The deadline is midnight.",
        "2019-02-12",
        &["midnight => 2019-02-12T24:00"],
    ),
    (
        "Lunch was served at noon.",
        "2019-02-12",
        &["noon => 2019-02-12T12:00"],
    ),
    (
        "The meeting starts at 9 o'clock.",
        "2019-02-12",
        &["9 o'clock => 2019-02-12T09:00"],
    ),
    (
        "The result was announced at 4 a.m. Thursday.",
        "2019-02-15",
        &["4 a.m. Thursday => 2019-02-14T04:00"],
    ),
    (
        "The vote opened at 7am yesterday.",
        "2019-02-12",
        &["7am yesterday => 2019-02-11T07:00"],
    ),
    (
        "The polls open at 07:00 GMT.",
        "2019-02-12",
        &["07:00 GMT => 2019-02-12T07:00"],
    ),
    (
        "The debate starts at 8pm tonight.",
        "2019-02-12",
        &["8pm tonight => 2019-02-12T20:00"],
    ),
    (
        "The session begins at 9am.",
        "",
        &["9am => XXXX-XX-XXT09:00"],
    ),
    // ---- calendar dates
    (
        "The election was held on 7 May 2015.",
        "2019-02-12",
        &["7 May 2015 => 2015-05-07"],
    ),
    (
        "The election was held on May 7, 2015.",
        "2019-02-12",
        &["May 7, 2015 => 2015-05-07"],
    ),
    (
        "He joined on the 12th of March 2003.",
        "2019-02-12",
        &["the 12th of March 2003 => 2003-03-12"],
    ),
    (
        "The report is due on Sept. 30.",
        "2019-02-12",
        &["Sept. 30 => 2019-09-30"],
    ),
    (
        "The party was founded on 23 June.",
        "2019-02-12",
        &["23 June => 2018-06-23"],
    ),
    (
        "The party will be relaunched on 23 June.",
        "2019-02-12",
        &["23 June => 2019-06-23"],
    ),
    (
        "Parliament rose on 20 December.",
        "2019-02-12",
        &["20 December => 2018-12-20"],
    ),
    (
        "She was elected in June 2017.",
        "2019-02-12",
        &["June 2017 => 2017-06"],
    ),
    // a past clause means the last March before the document date
    ("He quit in March.", "2019-02-12", &["March => 2018-03"]),
    ("She lost the whip in March.", "2015-01-11", &["March => 2014-03"]),
    ("The results come out in March.", "2019-02-12", &["March => 2019-03"]),
    (
        "He will quit in November.",
        "2019-02-12",
        &["November => 2019-11"],
    ),
    (
        "He quit in November.",
        "2019-02-12",
        &["November => 2018-11"],
    ),
    // a participle after a present "be" is a passive, not a past tense; "to be" + participle
    // looks forward
    (
        "The appeal is heard in March, the party said.",
        "2019-02-12",
        &["March => 2019-03"],
    ),
    (
        "New selection rules to be published in early November will decide it.",
        "2018-10-30",
        &["early November => 2018-11"],
    ),
    (
        "The rules were published in November.",
        "2019-02-12",
        &["November => 2018-11"],
    ),
    (
        "The date was 2019-02-11 in the filing.",
        "2019-02-12",
        &["2019-02-11 => 2019-02-11"],
    ),
    (
        "The form is dated 12/03/2018.",
        "2019-02-12",
        &["12/03/2018 => 2018-03-12"],
    ),
    (
        "The form is dated 03/25/2018.",
        "2019-02-12",
        &["03/25/2018 => 2018-03-25"],
    ),
    (
        "Nominations will close in early May.",
        "2019-02-12",
        &["early May => 2019-05"],
    ),
    (
        "Nominations closed in early May.",
        "2019-02-12",
        &["early May => 2018-05"],
    ),
    (
        "The review ended in mid-November.",
        "2019-02-12",
        &["mid-November => 2018-11"],
    ),
    (
        "The merger was agreed last November.",
        "2019-02-12",
        &["last November => 2018-11"],
    ),
    (
        "The merger completes next April.",
        "2019-02-12",
        &["next April => 2019-04"],
    ),
    (
        "The union voted in January this year.",
        "2019-02-12",
        &["January this year => 2019-01"],
    ),
    (
        "The union voted in June last year.",
        "2019-02-12",
        &["June last year => 2018-06"],
    ),
    (
        "The rally was on the twelfth of March, 2003.",
        "2019-02-12",
        &["the twelfth of March, 2003 => 2003-03-12"],
    ),
    (
        "The party was founded on 23 June.",
        "",
        &["23 June => XXXX-06-23"],
    ),
    // ---- years, decades, centuries, financial years
    (
        "The party was founded in 1900.",
        "2019-02-12",
        &["1900 => 1900"],
    ),
    (
        "He was first elected in 1997 and held the seat since.",
        "2019-02-12",
        &["1997 => 1997"],
    ),
    (
        "Turnout fell between 1992 and 1997.",
        "2019-02-12",
        &["1992 => 1992", "1997 => 1997"],
    ),
    (
        "The party grew in the 1980s.",
        "2019-02-12",
        &["the 1980s => 198"],
    ),
    (
        "Unions were stronger in the '70s.",
        "2019-02-12",
        &["the '70s => 197"],
    ),
    (
        "The town boomed in the sixties.",
        "2019-02-12",
        &["the sixties => 196"],
    ),
    (
        "Britain changed in the early 1990s.",
        "2019-02-12",
        &["the early 1990s => 199"],
    ),
    (
        "Politics changed in the 20th century.",
        "2019-02-12",
        &["the 20th century => 19"],
    ),
    (
        "Spending rose in the 2017-18 financial year.",
        "2019-02-12",
        &["the 2017-18 financial year => FY2017"],
    ),
    (
        "Profits rose in fiscal 1989.",
        "2019-02-12",
        &["fiscal 1989 => 1989"],
    ),
    (
        "It happened in the year 2000.",
        "2019-02-12",
        &["the year 2000 => 2000"],
    ),
    // ---- relative periods
    (
        "The party grew last year.",
        "2019-02-12",
        &["last year => 2018"],
    ),
    (
        "The party will grow next year.",
        "2019-02-12",
        &["next year => 2020"],
    ),
    (
        "The party is growing this year.",
        "2019-02-12",
        &["this year => 2019"],
    ),
    (
        "Membership fell last month.",
        "2019-02-12",
        &["last month => 2019-01"],
    ),
    (
        "Membership will rise next month.",
        "2019-02-12",
        &["next month => 2019-03"],
    ),
    (
        "The MPs met last week.",
        "2019-02-12",
        &["last week => 2019-W06"],
    ),
    (
        "The MPs meet this week.",
        "2019-02-12",
        &["this week => 2019-W07"],
    ),
    (
        "The MPs meet next week.",
        "2019-02-12",
        &["next week => 2019-W08"],
    ),
    (
        "It was agreed earlier this year.",
        "2019-02-12",
        &["earlier this year => 2019"],
    ),
    (
        "It will be agreed later this month.",
        "2019-02-12",
        &["later this month => 2019-02"],
    ),
    (
        "It will pass early next year.",
        "2019-02-12",
        &["early next year => 2020"],
    ),
    (
        "She left two years ago.",
        "2019-02-12",
        &["two years ago => 2017"],
    ),
    (
        "She left three months ago.",
        "2019-02-12",
        &["three months ago => 2018-11"],
    ),
    (
        "She left 10 days ago.",
        "2019-02-12",
        &["10 days ago => 2019-02-02"],
    ),
    (
        "She left about two years ago.",
        "2019-02-12",
        &["about two years ago => 2017"],
    ),
    (
        "She left a few weeks ago.",
        "2019-02-12",
        &["a few weeks ago => PAST_REF"],
    ),
    (
        "They won in 2015 and lost two years later.",
        "2019-02-12",
        &["2015 => 2015", "two years later => 2017"],
    ),
    (
        "They won on 7 May 2015 and quit a day later.",
        "2019-02-12",
        &["7 May 2015 => 2015-05-07", "a day later => 2015-05-08"],
    ),
    (
        "He resigned on 3 March 2010; the next day he joined.",
        "2019-02-12",
        &["3 March 2010 => 2010-03-03", "the next day => 2010-03-04"],
    ),
    (
        "He stood in 2010 and won that year.",
        "2019-02-12",
        &["2010 => 2010", "that year => 2010"],
    ),
    (
        "They split in 2015 and two years later they merged.",
        "",
        &["2015 => 2015", "two years later => 2017"],
    ),
    (
        "She won and two years later she quit.",
        "",
        &["two years later => XXXX"],
    ),
    (
        "Prices rose last quarter.",
        "2019-02-12",
        &["last quarter => 2018-Q4"],
    ),
    (
        "The rally is planned for the weekend.",
        "2019-02-12",
        &["the weekend => 2019-W07-WE"],
    ),
    (
        "They marched last weekend.",
        "2019-02-12",
        &["last weekend => 2019-W06-WE"],
    ),
    // ---- durations
    (
        "He served for three years.",
        "2019-02-12",
        &["three years => P3Y"],
    ),
    ("It took two weeks.", "2019-02-12", &["two weeks => P2W"]),
    ("It lasted five days.", "2019-02-12", &["five days => P5D"]),
    (
        "The talks lasted 16 hours.",
        "2019-02-12",
        &["16 hours => PT16H"],
    ),
    (
        "The sitting lasted 45 minutes.",
        "2019-02-12",
        &["45 minutes => PT45M"],
    ),
    (
        "A five-year plan was unveiled.",
        "2019-02-12",
        &["five-year => P5Y"],
    ),
    (
        "The talks lasted 2 1/2 hours.",
        "2019-02-12",
        &["2 1/2 hours => PT2H30M"],
    ),
    (
        "She spent two and a half years in post.",
        "2019-02-12",
        &["two and a half years => P2Y6M"],
    ),
    // fractions of decades and centuries are counted in years
    (
        "He sat for Hull for a decade and a half.",
        "2019-02-12",
        &["a decade and a half => P15Y"],
    ),
    (
        "Half a century of Labour rule ended.",
        "2019-02-12",
        &["Half a century => P50Y"],
    ),
    (
        "She was an MP for nearly a quarter of a century.",
        "2019-02-12",
        &["nearly a quarter of a century => P25Y"],
    ),
    (
        "Turnout was at its quarter-century low.",
        "2019-02-12",
        &[],
    ),
    (
        "It lasted several days.",
        "2019-02-12",
        &["several days => PXD"],
    ),
    (
        "It took a couple of years.",
        "2019-02-12",
        &["a couple of years => P2Y"],
    ),
    (
        "Sales rose over the past two years.",
        "2019-02-12",
        &["the past two years => P2Y"],
    ),
    (
        "The plan covers the next three years.",
        "2019-02-12",
        &["the next three years => P3Y"],
    ),
    (
        "The party has grown in recent weeks.",
        "2019-02-12",
        &["recent weeks => PXW"],
    ),
    (
        "He was in office for more than four decades.",
        "2019-02-12",
        &["more than four decades => P40Y"],
    ),
    (
        "The debate went on for nearly an hour.",
        "2019-02-12",
        &["nearly an hour => PT1H"],
    ),
    (
        "The inquiry has run for years.",
        "2019-02-12",
        &["years => PXY"],
    ),
    (
        "The talks lasted twenty four hours.",
        "2019-02-12",
        &["twenty four hours => PT24H"],
    ),
    (
        "The ban lasts a fortnight.",
        "2019-02-12",
        &["a fortnight => P2W"],
    ),
    (
        "Profits rose in the first nine months.",
        "2019-02-12",
        &["the first nine months => P9M"],
    ),
    // ---- quarters, halves, seasons
    (
        "Profits rose in the third quarter.",
        "2019-11-01",
        &["the third quarter => 2019-Q3"],
    ),
    (
        "Third-quarter profits rose.",
        "2019-11-01",
        &["Third-quarter => 2019-Q3"],
    ),
    (
        "Profits rose in the fourth quarter of 2018.",
        "2019-02-12",
        &["the fourth quarter of 2018 => 2018-Q4"],
    ),
    // "a year before he was…": "before" opens a clause, only the duration is a timex
    (
        "She was made a peer in 1997, a year before she was appointed.",
        "2005-01-12",
        &["1997 => 1997", "a year => P1Y"],
    ),
    (
        "He had resigned as minister a year before.",
        "2005-01-12",
        &["a year before => 2004"],
    ),
    // a two-digit day of month before a year needs no comma (not a phone number)
    (
        "In a letter dated March 17 2003, she set out her view.",
        "2005-01-12",
        &["March 17 2003 => 2003-03-17"],
    ),
    ("Call 0161 496 0000 or 07 2015 today.", "", &["today => XXXX-XX-XX"]),
    // a clipped year after a preposition; with an "s" it is a decade
    (
        "We were all elected in the class of '83, in the '80s.",
        "2005-01-12",
        &["'83 => 1983", "the '80s => 198"],
    ),
    (
        "Donations peaked in the final quarter of 2018.",
        "2019-02-12",
        &["the final quarter of 2018 => 2018-Q4"],
    ),
    (
        "The review reports in the first quarter of next year.",
        "2019-02-12",
        &["the first quarter of next year => 2020-Q1"],
    ),
    (
        "Profits fell in Q1 2018.",
        "2019-02-12",
        &["Q1 2018 => 2018-Q1"],
    ),
    (
        "Growth slowed in the first half of 2018.",
        "2019-02-12",
        &["the first half of 2018 => 2018-H1"],
    ),
    (
        "Profit rose in the third quarter; a year earlier it fell.",
        "2019-11-01",
        &["the third quarter => 2019-Q3", "a year earlier => 2018-Q3"],
    ),
    (
        "The bill passed in the spring of 2017.",
        "2019-02-12",
        &["the spring of 2017 => 2017-SP"],
    ),
    (
        "The bill passed last summer.",
        "2019-02-12",
        &["last summer => 2018-SU"],
    ),
    (
        "The bill will pass this spring.",
        "2019-02-12",
        &["this spring => 2019-SP"],
    ),
    (
        "The bill will pass next autumn.",
        "2019-02-12",
        &["next autumn => 2019-FA"],
    ),
    (
        "The bill passed in autumn 2016.",
        "2019-02-12",
        &["autumn 2016 => 2016-FA"],
    ),
    // ---- past, present, future references
    (
        "The party is now in crisis.",
        "2019-02-12",
        &["now => PRESENT_REF"],
    ),
    (
        "The party is currently in crisis.",
        "2019-02-12",
        &["currently => PRESENT_REF"],
    ),
    (
        "The party has recently split.",
        "2019-02-12",
        &["recently => PAST_REF"],
    ),
    (
        "Things were different in the past.",
        "2019-02-12",
        &["the past => PAST_REF"],
    ),
    (
        "Things may change in the future.",
        "2019-02-12",
        &["the future => FUTURE_REF"],
    ),
    (
        "No change is planned for the foreseeable future.",
        "2019-02-12",
        &["the foreseeable future => FUTURE_REF"],
    ),
    (
        "The current leader spoke.",
        "2019-02-12",
        &["current => PRESENT_REF"],
    ),
    (
        "Support is weak at the moment.",
        "2019-02-12",
        &["at the moment => PRESENT_REF"],
    ),
    (
        "Few people vote these days.",
        "2019-02-12",
        &["these days => PRESENT_REF"],
    ),
    // ---- sets
    (
        "The committee meets every Monday.",
        "2019-02-12",
        &["every Monday => XXXX-WXX-1"],
    ),
    (
        "The surgery opens on Fridays.",
        "2019-02-12",
        &["Fridays => XXXX-WXX-5"],
    ),
    (
        "The party publishes figures every year.",
        "2019-02-12",
        &["every year => P1Y"],
    ),
    (
        "The index is updated daily.",
        "2019-02-12",
        &["daily => P1D"],
    ),
    (
        "The newsletter comes out weekly.",
        "2019-02-12",
        &["weekly => P1W"],
    ),
    (
        "The levy raises £3m a year.",
        "2019-02-12",
        &[],
    ),
    (
        "Elections are held every four years.",
        "2019-02-12",
        &["every four years => P4Y"],
    ),
    // ---- elections and holidays
    (
        "He won at the last general election.",
        "2019-02-12",
        &["the last general election => 2017-06-08"],
    ),
    (
        "She held the seat at the previous election.",
        "2019-02-12",
        &["the previous election => 2017-06-08"],
    ),
    (
        "The 1997 general election was a landslide.",
        "2019-02-12",
        &["The 1997 general election => 1997-05-01"],
    ),
    (
        "The 2019 snap election was called in October.",
        "2019-11-01",
        &["The 2019 snap election => 2019-12-12", "October => 2019-10"],
    ),
    (
        "Both 1974 general elections were close.",
        "2019-02-12",
        &["1974 => 1974"],
    ),
    (
        "The vote will be held before Christmas.",
        "2019-11-01",
        &["Christmas => 2019-12-25"],
    ),
    // an adverb between "be" and the participle leaves the future to "will"
    (
        "He will be formally appointed on 1 April.",
        "2018-01-10",
        &["1 April => 2018-04-01"],
    ),
    (
        "The minister resigned on Boxing Day.",
        "2019-02-12",
        &["Boxing Day => 2018-12-26"],
    ),
    (
        "The talks ended on Good Friday.",
        "2019-02-12",
        &["Good Friday => 2018-03-30"],
    ),
    (
        "Parliament returns after Easter.",
        "2019-02-12",
        &["Easter => 2019-04-21"],
    ),
    (
        "She announced it on New Year's Day.",
        "2019-02-12",
        &["New Year's Day => 2019-01-01"],
    ),
    // ---- false alarms: none of these is a time expression
    ("You may leave when you wish.", "2019-02-12", &[]),
    ("Theresa May said she would not resign.", "2019-02-12", &[]),
    ("Mrs May's cabinet met.", "2019-02-12", &[]),
    ("Theresa May's election as leader was a surprise.", "2016-07-20", &[]),
    (
        "She won the seat in May's Senedd election.",
        "2021-11-11",
        &["May's => 2021-05"],
    ),
    (
        "He will contest May's election as an independent.",
        "2022-02-08",
        &["May's => 2022-05"],
    ),
    ("Protesters will march on Parliament.", "2019-02-12", &[]),
    ("The Sunday Times reported the story.", "2019-02-12", &[]),
    (
        "She told the Mail on Sunday she would stay.",
        "2019-02-12",
        &[],
    ),
    ("The Daily Mail ran the story.", "2019-02-12", &[]),
    (
        "The chairman of the 1922 Committee spoke.",
        "2019-02-12",
        &[],
    ),
    ("He won by 2,017 votes.", "2019-02-12", &[]),
    ("Aides gathered in Number 10.", "2019-02-12", &[]),
    ("Support rose to 2019% in the joke poll.", "2019-02-12", &[]),
    ("The project cost £1999 in total.", "2019-02-12", &[]),
    (
        "Call the office on 020 7946 2015 for details.",
        "2019-02-12",
        &[],
    ),
    ("Section 28 was repealed.", "2019-02-12", &[]),
    (
        "The party won 1998 seats across the country.",
        "2019-02-12",
        &[],
    ),
    ("Her son is a 6-year-old pupil.", "2019-02-12", &[]),
    (
        "She told the Today programme she would stay.",
        "2019-02-12",
        &[],
    ),
    ("The Morning Star backed him.", "2019-02-12", &[]),
    ("The Evening Standard backed him.", "2019-02-12", &[]),
    ("He was a second choice for the post.", "2019-02-12", &[]),
    (
        "Three-quarters of members backed the deal.",
        "2019-02-12",
        &[],
    ),
    ("The fall of the government was swift.", "2019-02-12", &[]),
    (
        "The company reported 1990 results.",
        "1991-02-12",
        &["1990 => 1990"],
    ),
    // ---- years in words (broadcast transcripts)
    (
        "In nineteen ninety-one he was convicted of fraud.",
        "1998-01-15",
        &["nineteen ninety-one => 1991"],
    ),
    (
        "The approach of the year two thousand worries some groups.",
        "1998-03-03",
        &["the year two thousand => 2000"],
    ),
    (
        "Prices hit that level in the winter of nineteen ninety-four.",
        "1998-02-23",
        &["the winter of nineteen ninety-four => 1994-WI"],
    ),
    (
        "Atlanta, January nineteen ninety-seven: a second bomb exploded.",
        "1998-02-27",
        &["January nineteen ninety-seven => 1997-01"],
    ),
    ("Two thousand people marched.", "2019-02-12", &[]),
    (
        "Nineteen people were hurt.",
        "2019-02-12",
        &[],
    ),
    // ---- deadline words look forward, "since" looks back (2019-02-12 is a Tuesday)
    (
        "Officials postponed the vote until Thursday.",
        "2019-02-12",
        &["Thursday => 2019-02-14"],
    ),
    (
        "The family was given until 9am Friday to sign.",
        "2019-02-12",
        &["9am Friday => 2019-02-15T09:00"],
    ),
    (
        "Her father could arrive as early as Monday.",
        "2019-02-12",
        &["Monday => 2019-02-18"],
    ),
    (
        "Up until Monday, they had called him a witness.",
        "2019-02-13",
        &["Monday => 2019-02-11"],
    ),
    (
        "Thirty members had filed reports by Monday.",
        "2019-02-13",
        &["Monday => 2019-02-11"],
    ),
    (
        "The bank must repay the loan by February.",
        "2018-11-20",
        &["February => 2019-02"],
    ),
    (
        "Police have searched for him since the Oct. 23 shooting.",
        "2019-05-06",
        &["Oct. 23 => 2018-10-23"],
    ),
    (
        "The office of chairman was created, effective Feb. 1.",
        "2018-10-26",
        &["Feb. 1 => 2019-02-01"],
    ),
    (
        "The shares are to resume trading in Paris Tuesday.",
        "2019-02-08",
        &["Tuesday => 2019-02-12"],
    ),
    (
        "Mr Jones will succeed her Feb. 1, the firm said.",
        "2018-10-26",
        &["Feb. 1 => 2019-02-01"],
    ),
    (
        "The dividend would be paid on a still unspecified date in January.",
        "2018-10-26",
        &["January => 2019-01"],
    ),
    (
        "The bank announced plans for a merger in January.",
        "2018-11-02",
        &["January => 2019-01"],
    ),
    (
        "In the fiscal year ended Jan. 31, sales rose.",
        "2018-10-31",
        &["the fiscal year => P1Y", "Jan. 31 => 2018-01-31"],
    ),
    (
        "Shares closed at 98p on Friday, down from the previous Friday.",
        "2019-02-12",
        &["Friday => 2019-02-08", "the previous Friday => 2019-02-01"],
    ),
    // ---- financial reports: the year, the quarter under discussion, year end
    (
        "Profit fell to $2 million in the year ended March 31.",
        "2019-06-12",
        &["the year => P1Y", "March 31 => 2019-03-31"],
    ),
    (
        "For the year, volume was flat.",
        "2019-11-02",
        &["the year => 2019"],
    ),
    (
        "It aims to cut costs by the end of the year.",
        "2019-10-30",
        &["the end of the year => 2019"],
    ),
    (
        "Rules should be in place by year's end.",
        "2019-10-26",
        &["year's end => 2019"],
    ),
    (
        "He named him MP of the year before last.",
        "2019-10-26",
        &[],
    ),
    (
        "Profit rose in the third quarter. Sales fell in the latest period.",
        "2019-11-01",
        &["the third quarter => 2019-Q3", "the latest period => 2019-Q3"],
    ),
    ("Sales fell in the latest period.", "2019-11-01", &[]),
    (
        "Profit rose in the third quarter from a year ago, and a fourth-quarter charge will follow.\n\nTax rates were lower than a year ago.",
        "2019-11-01",
        &[
            "the third quarter => 2019-Q3",
            "a year ago => 2018-Q3",
            "fourth-quarter => 2019-Q4",
            "a year ago => 2018-Q3",
        ],
    ),
    (
        "Net rose in the third quarter. After a flat second quarter, sales grew.\n\nThe quarter-to-quarter comparison was helped by charges a year ago.",
        "2019-11-01",
        &[
            "the third quarter => 2019-Q3",
            "second quarter => 2019-Q2",
            "a year ago => 2018-Q3",
        ],
    ),
    // ---- narrative day for "overnight"; plans in the past; rates
    (
        "Shares closed lower on Friday, hit by overnight losses in New York.",
        "2019-02-12",
        &["Friday => 2019-02-08", "overnight => 2019-02-07TNI"],
    ),
    (
        "Talks continued overnight.",
        "2019-02-12",
        &["overnight => 2019-02-11TNI"],
    ),
    (
        "A vote at this time of the year is rare.",
        "2019-02-12",
        &[],
    ),
    (
        "Voters were angry at the Tuesday deadline.",
        "2019-02-13",
        &["Tuesday => 2019-02-12"],
    ),
    (
        "He met the minister on the Monday after the vote.",
        "2019-02-13",
        &[],
    ),
    (
        "The bid is scheduled to expire Friday.",
        "2019-02-12",
        &["Friday => 2019-02-15"],
    ),
    (
        "The rally went ahead as expected on Saturday.",
        "2019-02-12",
        &["Saturday => 2019-02-09"],
    ),
    ("Average daily volume rose to 3 million shares.", "2019-02-12", &[]),
    // ---- conventions adopted from tbaq counts (see DESIGN.md)
    (
        "Profits rose in the third quarter.",
        "2019-02-12",
        &["the third quarter => 2018-Q3"],
    ),
    (
        "Profits will rise in the third quarter.",
        "2019-02-12",
        &["the third quarter => 2019-Q3"],
    ),
    ("Qantas runs four flights a week to Bombay.", "2019-02-12", &[]),
    (
        "Staff worked 24 hours a day.",
        "2019-02-12",
        &["24 hours => PT24H"],
    ),
    (
        "He visits three times a week.",
        "2019-02-12",
        &["a week => P1W"],
    ),
    (
        "The plan failed. Now, he says, it is dead.",
        "2019-02-12",
        &[],
    ),
    (
        "For now, the plan is on hold.",
        "2019-02-12",
        &["now => PRESENT_REF"],
    ),
    ("It is a lesson for today's youth.", "2019-02-12", &[]),
    (
        "The offer appeared in today's editions.",
        "2019-02-12",
        &["today => 2019-02-12"],
    ),
    (
        "Talks failed.\nBaker said on ABC's \"This Week\" that the talks had failed.",
        "2019-02-12",
        &[],
    ),
    (
        "He spoke.\nGonzalez said on CBS's ''60 Minutes.'' that he was hurt.",
        "2019-02-12",
        &[],
    ),
    (
        "He spoke.\nThe poster showed Gary Cooper from the film High Noon. This is VOA Today.",
        "2019-02-12",
        &[],
    ),
    (
        "This Week: MPs quit",
        "2019-02-12",
        &["This Week => 2019-W07"],
    ),
    (
        "The split could be effective as early as next year's first quarter.",
        "2019-10-31",
        &["next year's first quarter => 2020-Q1"],
    ),
    (
        "Police have searched for him since shortly after the Oct. 23 slaying.",
        "1999-05-06",
        &["Oct. 23 => 1998-10-23"],
    ),
    (
        "Net rose in the third quarter.\n\nFor the nine months, net was $5 million, up from $4 million a year earlier.",
        "2019-11-01",
        &[
            "the third quarter => 2019-Q3",
            "the nine months => P9M",
            "a year earlier => 2018",
        ],
    ),
    (
        "It will raise money at a later date, and expects losses in the near term.",
        "2019-02-12",
        &["a later date => FUTURE_REF", "the near term => FUTURE_REF"],
    ),
    (
        "Funds will face pressure in the weeks ahead.",
        "2019-02-12",
        &["the weeks ahead => PXW"],
    ),
    (
        "The loan may be extended for an additional year.",
        "2019-02-12",
        &["an additional year => P1Y"],
    ),
    (
        "Shops closed.\nHe added: \"Christmas Day is special for families.\"",
        "2019-02-12",
        &["Christmas Day => 2018-12-25"],
    ),
    (
        "Net fell in the third quarter, against a profit in the corresponding period last year. Last year's quarter had a gain.",
        "2019-11-01",
        &[
            "the third quarter => 2019-Q3",
            "the corresponding period last year => 2018-Q3",
            "Last year's quarter => 2018-Q3",
        ],
    ),
    (
        "It earned $24 million in the third quarter, against a loss of $3 million last year. Sales rose from last year's $1.5 billion.",
        "2019-11-01",
        &[
            "the third quarter => 2019-Q3",
            "last year => 2018-Q3",
            "last year's => 2018-Q3",
        ],
    ),
    (
        "It earned $4 million in the fourth quarter. For the year ended Aug. 31, net was $2.7 million, down from $9.7 million last year.",
        "2019-11-01",
        &[
            "the fourth quarter => 2019-Q4",
            "the year => P1Y",
            "Aug. 31 => 2019-08-31",
            "last year => 2018",
        ],
    ),
    (
        "The offer was extended to Nov. 16. It had been due to expire Friday evening.",
        "1989-10-30",
        &["Nov. 16 => 1989-11-16", "Friday evening => 1989-10-27TEV"],
    ),
    (
        "The offer had been scheduled to expire at midnight Friday.",
        "1989-10-30",
        &["midnight Friday => 1989-10-27T24:00"],
    ),
    (
        "Prisoners stay inside at present, under the present rules.",
        "2019-02-12",
        &["at present => PRESENT_REF"],
    ),
    (
        "He served from 1990 to the present.",
        "2019-02-12",
        &["1990 => 1990", "the present => PRESENT_REF"],
    ),
    (
        "Islam will one day be the second largest religion; he had been in the job one day.",
        "2019-02-12",
        &["one day => FUTURE_REF", "one day => P1D"],
    ),
    (
        "Marches have caused violence for the past three summers.",
        "2019-02-12",
        &[],
    ),
    (
        "They will live without power for a while.",
        "2019-02-12",
        &["a while => PXX"],
    ),
    // ---- what was agreed or planned lies ahead; the verb's own date does not (2019-02-12
    // is a Tuesday)
    (
        "The party has decided to hold its leadership ballot in early March.",
        "2019-02-12",
        &["early March => 2019-03"],
    ),
    (
        "Cross-party talks are supposed to finish by May.",
        "2018-07-20",
        &["May => 2019-05"],
    ),
    (
        "Councillors voted to close the library in June.",
        "2019-02-12",
        &["June => 2019-06"],
    ),
    (
        "In January, the board agreed to sell the site.",
        "2019-02-12",
        &["January => 2019-01"],
    ),
    (
        "The members had agreed to meet again in March, but never did.",
        "2019-06-12",
        &["March => 2019-03"],
    ),
    (
        "The union agreed to a pay deal in January.",
        "2019-02-12",
        &["January => 2019-01"],
    ),
    (
        "Activists planned a march through the town centre on Saturday.",
        "2019-02-12",
        &["Saturday => 2019-02-16"],
    ),
    (
        "Assembly members voted to back the motion Monday.",
        "2019-02-12",
        &["Monday => 2019-02-11"],
    ),
    (
        "On Friday, when the minister set aside her holiday plans for the visit, aides were surprised.",
        "2019-02-12",
        &["Friday => 2019-02-08"],
    ),
    // ---- counted days and "-long" periods
    (
        "The petition closes in ten working days.",
        "2019-02-12",
        &["ten working days => P10D"],
    ),
    (
        "The shares fell for the past five trading days.",
        "2019-02-12",
        &["the past five trading days => P5D"],
    ),
    (
        "Nurses began a day-long strike; a year-long inquiry and decades-long dispute followed.",
        "2019-02-12",
        &["a day-long => P1D", "a year-long => P1Y", "decades-long => PXE"],
    ),
    // ---- a fraction is not a quarter of the year
    (
        "Independents won more than a quarter of the seats, a quarter of a century after the split.",
        "2019-02-12",
        &["a quarter of a century => P25Y"],
    ),
    // ---- decades without an apostrophe, only after "the" or a modifier
    (
        "She chaired the party in the 80s and led a think tank in the early 90s.",
        "2004-05-05",
        &["the 80s => 198", "the early 90s => 199"],
    ),
    (
        "The MP, now in her 80s, said turnout was in the 45s.",
        "2004-05-05",
        &["now => PRESENT_REF"],
    ),
    (
        "He sat for 47 continuous years, after four straight years on the council.",
        "2004-05-05",
        &["47 continuous years => P47Y", "four straight years => P4Y"],
    ),
    // ---- a bare clock time in a past clause is on the narrative's day
    (
        "The count began on Thursday. The result was declared at 3.10am.",
        "2019-02-12",
        &["Thursday => 2019-02-07", "3.10am => 2019-02-07T03:10"],
    ),
    (
        "Voting closed on Thursday. A statement is expected at 11am.",
        "2019-02-12",
        &["Thursday => 2019-02-07", "11am => 2019-02-12T11:00"],
    ),
    // ---- a quarter named by its last day
    (
        "In the quarter ended July 31, the party's lottery raised less money than a year earlier.",
        "2019-10-30",
        &["the quarter => 2019-Q2", "July 31 => 2019-07-31", "a year earlier => 2018-Q2"],
    ),
    // ---- "it is the Nth day of ...": today; "that same day": the narrative's day
    (
        "Today is the eighth day of the strike, and it's the second day of talks.",
        "2019-02-12",
        &["Today => 2019-02-12", "the eighth day => 2019-02-12", "the second day => 2019-02-12"],
    ),
    (
        "The whip was withdrawn on 4 March. She resigned that same day.",
        "2019-06-12",
        &["4 March => 2019-03-04", "that same day => 2019-03-04"],
    ),
    (
        "It was the second day of the siege.",
        "2019-02-12",
        &[],
    ),
    // ---- trigger words count only as whole words, whatever letters stand beside them
    (
        "They met «Sunday», not on Ésunday or Sundayé; the mayor's Mayday ended in May.",
        "2019-06-12",
        &["Sunday => 2019-06-09", "May => 2019-05"],
    ),
    // ---- "a year or two": vague; ago it is past, after "in" ahead
    (
        "He left the party a year or two ago and may return in a year or two.",
        "2019-02-12",
        &["a year or two ago => PAST_REF", "a year or two => FUTURE_REF"],
    ),
    (
        "The recount took a day or two.",
        "2019-02-12",
        &["a day or two => PXD"],
    ),
];

#[test]
fn table() {
    assert!(ROWS.len() >= 150, "only {} rows", ROWS.len());
    let t = Tagger::global();
    let mut failures = Vec::new();
    for (sentence, dct, expected) in ROWS {
        let dct = if dct.is_empty() {
            None
        } else {
            Some(dct.parse().expect("test date"))
        };
        let got: Vec<String> = t
            .tag(sentence, dct)
            .iter()
            .map(|x| format!("{} => {}", x.text, x.value))
            .collect();
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!(
                "{sentence:?} [{dct:?}]\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        ROWS.len(),
        failures.join("\n")
    );
}

#[test]
fn offsets_index_the_text() {
    let t = Tagger::global();
    let text = " date 2019-02-12 MPs quit on Monday\n\nThey will meet again next week, at 11am.";
    let out = t.tag(text, floorcross_timex::header_date(text));
    assert!(!out.is_empty());
    for x in &out {
        assert_eq!(&text[x.start..x.end], x.text);
    }
    // The header's own date is not tagged.
    assert!(out.iter().all(|x| x.start > 16));
}
