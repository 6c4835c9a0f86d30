from common import extract
L='Labour Party'; C='Conservative Party'; G='Green Party'; R='Reform UK'; LD='Liberal Democrats'; S='Scottish National Party'
# body, expected set of (type, Surname, from, to)
CASES = [
 ("Alan Pike has defected from Labour to the Greens.", {("defect","Pike",L,G)}),
 ("Labour MP Alan Pike has defected to the Greens.", {("defect","Pike",L,G)}),
 ("Alan Pike, the Labour MP for Harrowfield, has joined the Greens.", {("defect","Pike",L,G)}),
 ("Former Tory minister Alan Pike has joined Reform UK.", {("defect","Pike",C,R)}),
 ("Alan Pike quit Labour on Monday and joined the Greens on Tuesday.", {("leave","Pike",L,None),("join","Pike",None,G)}),
 ("Alan Pike quit Labour and joined the Greens.", {("defect","Pike",L,G)}),
 ("Alan Pike has left the Conservatives to sit as an independent.", {("leave","Pike",C,None)}),
 ("Alan Pike, who was elected as a Conservative, now sits with Reform UK.", {("elect","Pike",None,C),("defect","Pike",C,R)}),
 ("Reform UK has gained a second MP after Alan Pike switched from the Conservatives.", {("defect","Pike",C,R)}),
 ("The Greens welcomed Alan Pike, who defected from Labour.", {("defect","Pike",L,G)}),
 ("Alan Pike is the latest Conservative to defect to Reform UK.", {("defect","Pike",C,R)}),
 ("Alan Pike became the third Labour MP to join the Greens this year.", {("defect","Pike",L,G)}),
 ("Two Labour MPs, Alan Pike and Jane Ross, have defected to the Greens.", {("defect","Pike",L,G),("defect","Ross",L,G)}),
 ("Alan Pike and Jane Ross have both quit the SNP.", {("leave","Pike",S,None),("leave","Ross",S,None)}),
 ("Alan Pike has quit the SNP. He will sit as an independent.", {("leave","Pike",S,None)}),
 ("Alan Pike has quit the SNP.|He said the party had lost its way.", {("leave","Pike",S,None)}),
 ("Alan Pike has quit the SNP.|Jane Ross, another MSP, followed him hours later.", {("leave","Pike",S,None),("leave","Ross",S,None)}),
 ("Alan Pike has defected to the Greens.|Mr Pike, who was first elected as a Labour councillor in 2010, said he had no choice.", {("defect","Pike",L,G),("elect","Pike",None,L)}),
 ("Labour has expelled Alan Pike.", {("expel","Pike",L,None)}),
 ("Alan Pike was expelled from Labour in 2016 and rejoined the party in 2019.", {("expel","Pike",L,None),("readmit","Pike",None,L)}),
 ("The SNP has suspended Alan Pike, its MP for Harrowfield.", {("expel","Pike",S,None)}),
 ("Alan Pike has had the Conservative whip suspended.", {("expel","Pike",C,None)}),
 ("The Conservative whip has been restored to Alan Pike.", {("readmit","Pike",None,C)}),
 ("Alan Pike and Jane Ross have launched a new party, Northern Voice.", {("found","Pike",None,"Northern Voice"),("found","Ross",None,"Northern Voice")}),
 ("Alan Pike, who founded Northern Voice in 2015, has rejoined Labour.", {("found","Pike",None,"Northern Voice"),("join","Pike",None,L)}),
 ("Alan Pike is in talks with Reform UK about defecting.", {("defect","Pike",None,R)}),
 ("Alan Pike has denied that he is about to join Reform UK.", {("join","Pike",None,R)}),
 ("Alan Pike will join the Liberal Democrats next week.", {("join","Pike",None,LD)}),
 ("Alan Pike is understood to be close to joining Reform UK.", {("join","Pike",None,R)}),
 ("Alan Pike ruled out joining Reform UK.", {("join","Pike",None,R)}),
 ("Alan Pike crossed the floor of the Commons to join the Liberal Democrats.", {("defect","Pike",None,LD)}),
 ("The Conservatives lost their majority on Harrowfield council when Alan Pike defected to the Liberal Democrats.", {("defect","Pike",C,LD)}),
]
got = {doc: {(e['type'], e['person'].split()[-1], e.get('from'), e.get('to')) for e in evs}
      for doc, evs in extract('d3', [c[0] if isinstance(c, tuple) else c for c in CASES], '2020-04-07').items()}
good = 0
for i, (body, exp) in enumerate(CASES):
    g = got.get(f'c{i:03d}', set())
    if g == exp: good += 1
    else: print(f'c{i:03d}', body, '| missing', sorted(exp - g, key=str), '| extra', sorted(g - exp, key=str))
print(f'{good}/{len(CASES)} exact')
