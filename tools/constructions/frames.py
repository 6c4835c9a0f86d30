from common import extract
# (type, passive participle, active past, gerund, party-or-office complement for passive, for active)
VERBS = [
 ('elect', 'elected', None, None, 'as the MP for Harrowfield', None),
 ('appoint', 'appointed', None, None, 'as transport secretary', None),
 ('dismiss', 'sacked', None, None, 'as transport secretary', None),
 ('expel', 'expelled', None, None, 'from the Labour Party', None),
 ('expel', 'suspended', None, None, 'by the Labour Party', None),
 ('select', 'selected', None, None, 'as the Labour candidate for Harrowfield', None),
 ('resign', None, 'resigned', 'resigning', None, 'as transport secretary'),
 ('defect', None, 'defected', 'defecting', None, 'from Labour to the Conservatives'),
 ('leave', None, 'quit', 'quitting', None, 'the Labour Party'),
 ('join', None, 'joined', 'joining', None, 'the Green Party'),
 ('stand', None, 'stood', 'standing', None, 'as the Green candidate in Harrowfield'),
]
P = 'Alan Pike'
def frames(v):
    t, pp, past, ger, pc, ac = v
    out = []
    if pp:
        out += [
         f"{P} was {pp} {pc} in 2015.",
         f"{P}, who was {pp} {pc} in 2015, spoke on Monday.",
         f"{P}, {pp} {pc} in 2015, spoke on Monday.",
         f"Before being {pp} {pc} in 2015, {P} worked as a solicitor.",
         f"Mr Pike said on Monday that he was {pp} {pc} in 2015.",
         f"The solicitor {P} was {pp} {pc} in 2015.",
         f"In 2015 {P} was {pp} {pc}.",
         f"Last year {P} was {pp} {pc}.",
         f"{P} was born in Leeds and was {pp} {pc} in 2015.",
         f"{P} has been {pp} {pc}.",
         f"Tory councillor {P} was {pp} {pc} in 2015.",
         f"It was in 2015 that {P} was {pp} {pc}.",
         f"{P}, 54, was {pp} {pc} in 2015.",
         f"{P} was first {pp} {pc} in 2015.",
         f"{P} was yesterday {pp} {pc}.",
         f"{P}|He was {pp} {pc} in 2015.",
         f"Jane Ross met {P} in Leeds.|He was {pp} {pc} in 2015.",
        ]
    if past:
        out += [
         f"{P} {past} {ac} in 2015.",
         f"{P}, who {past} {ac} in 2015, spoke on Monday.",
         f"After {ger} {ac} in 2015, {P} worked as a solicitor.",
         f"Mr Pike said on Monday that he had {past} {ac}.",
         f"In 2015 {P} {past} {ac}.",
         f"{P} was born in Leeds and {past} {ac} in 2015.",
         f"{P} has {past} {ac}.",
         f"Tory councillor {P} {past} {ac} in 2015.",
         f"{P}, 54, {past} {ac} in 2015.",
         f"{P} finally {past} {ac} in 2015.",
         f"{P}|He {past} {ac} in 2015.",
         f"Jane Ross met {P} in Leeds.|He {past} {ac} in 2015.",
         f"{P}, a former teacher, {past} {ac} in 2015.",
         f"The former teacher, {P}, {past} {ac} in 2015.",
         f"{P} and Jane Ross {past} {ac} in 2015.",
        ]
    return [(t, f) for f in out]
cases = []
for v in VERBS:
    for t, f in frames(v):
        body = f
        # (a name alone before "|" opens the story with a sentence of its own)
        if body.startswith(P + '|'):
            body = f"{P} spoke to reporters in Leeds on Monday." + body[len(P):]
        cases.append((t, body))
got = {doc: [(e['type'], e['person']) for e in evs]
       for doc, evs in extract('frames', [b for _, b in cases], '2020-04-07').items()}
bad = 0
for i, (t, body) in enumerate(cases):
    ev = got.get(f'c{i:03d}', [])
    ok = any(e[0] == t and e[1].endswith('Pike') for e in ev)
    if not ok:
        bad += 1
        print('MISS', t, '|', body, '->', ev)
print(f'{len(cases)-bad}/{len(cases)} ok')
