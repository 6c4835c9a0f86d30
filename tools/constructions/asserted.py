from common import extract
# each: sentence, type that must come out asserted for Pike
S = [
("A day after launching his party, Alan Pike appeared on television.", "found"),
("Alan Pike, who quit Labour last year, said he might stand for mayor.", "leave"),
("Alan Pike, who could have stayed, quit Labour on Monday.", "leave"),
("Alan Pike quit Labour on Monday, saying he would not return.", "leave"),
("Alan Pike quit Labour on Monday and may join the Greens.", "leave"),
("Alan Pike has resigned, although he may return to the cabinet later.", "resign"),
("Alan Pike, expected to be a candidate, resigned as a councillor on Monday.", "resign"),
("Despite rumours that he would stay, Alan Pike quit Labour on Monday.", "leave"),
("Alan Pike denied wrongdoing but resigned on Monday.", "resign"),
("Alan Pike said he had no regrets about leaving Labour.", "leave"),
("Alan Pike, who denies the allegations, has been suspended by Labour.", "expel"),
("Alan Pike has been suspended by Labour pending an investigation.", "expel"),
("Alan Pike was suspended after reports that he had made offensive remarks.", "expel"),
("It was confirmed on Monday that Alan Pike had joined Reform UK.", "join"),
("Reform UK confirmed that Alan Pike had joined the party.", "join"),
("Alan Pike, who is expected to speak later, defected to Reform UK on Monday.", "defect"),
("Alan Pike defected to Reform UK on Monday, ending weeks of speculation.", "defect"),
("After weeks of speculation, Alan Pike has defected to Reform UK.", "defect"),
("Alan Pike finally quit Labour on Monday after months of rumours.", "leave"),
("Alan Pike, widely tipped as a future leader, resigned on Monday.", "resign"),
("The long-rumoured defection of Alan Pike to Reform UK happened on Monday.", "defect"),
("Alan Pike has been appointed chief whip, it was announced on Monday.", "appoint"),
("Alan Pike was elected in 2015 and could face a tough fight next time.", "elect"),
("Alan Pike, who will stand down at the next election, was elected in 2010.", "elect"),
("If anything, Alan Pike's resignation on Monday was overdue.", "resign"),
("Alan Pike never wanted to be a minister, but he was appointed chief whip in 2019.", "appoint"),
("Alan Pike, who would later become leader, was elected in 2010.", "elect"),
("Alan Pike was elected in 2010, when few thought he could win.", "elect"),
]
got = {doc: [(e['type'], e['person'].split()[-1], e['modality']) for e in evs]
      for doc, evs in extract('da', [c[0] if isinstance(c, tuple) else c for c in S], '2022-09-07').items()}
bad = 0
for i, (body, t) in enumerate(S):
    g = got.get(f'c{i:03d}', [])
    if not any(e[0] == t and e[1] == 'Pike' and e[2] == 'asserted' for e in g):
        bad += 1; print('NOT ASSERTED', body, g)
print(f'{len(S)-bad}/{len(S)} asserted')
