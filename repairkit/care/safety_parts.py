"""The safety net's rules as alternatives, for long texts (see `textparts._finditer_parts`).

Generated and proved by tests/test_guidance_prefilter.py: after changing a danger rule, run
`python tests/test_guidance_prefilter.py parts > repairkit/care/safety_parts.py`. A rule with no entry
here (its pattern changed) runs whole. Read only when a long text reaches a rule, so an everyday note
never loads it. For each rule, by `textparts._parts_key` of its pattern: the lengths of its
alternatives, and for each alternative its groups of trigger words (each group has a word in every
string the alternative can match), whether it can never match one of `textparts._STOPS` (so its groups
must meet between two of them), and the letters its matches begin with (None: anywhere).
"""
from __future__ import annotations

PARTS = {
    # 0 suicide
    '584c67bd000f': ((9,), (
        ((('suicid',),), True, 's'),
    )),
    # 1 suicide
    'a5fee2d6010d': ((105, 31, 125), (
        (((' life', 'eself', 'y self', 'yself'), ('end ', 'ended ', 'ending ', 'kil ', 'kill ', 'killed ', 'killing ', 'take ', 'taking ', 'took '), (' meself', ' my life', ' my own life', ' my self', ' myself')), True, 'ekt'),
        ((('end it all', 'ended it all', 'ending it all'),), True, 'e'),
        (((' ending', ' not being alive', ' not being around', ' not being here'), ('ending', 'not being alive', 'not being around', 'not being here'), ('think ', 'thinking ', 'thinks ', 'thought ')), True, 't'),
    )),
    # 2 suicide
    'eb2fe5170199': ((403,), (
        (((' alive', ' around', ' born', ' disappear', ' for good', ' forever', ' here', ' not wake up', ' stop existing', 'be dead', 'die', 'i was dead', 'i were dead'), ('anna', 'ant', 'ish'), ('wanna ', 'want ', 'wanted ', 'wanting ', 'wish ', 'wished ', 'wishing ')), True, 'w'),
    )),
    # 3 suicide
    '4bd72896040c': ((182, 196, 181, 69, 137, 57, 41, 87, 72), (
        (((' dead', ' if i died', ' if i disappeared', ' if i was', ' if i were', ' without me'), ('better ',), (' off ',)), True, 'b'),
        ((('be around', 'be here', 'exist', 'live', 'wake up'), (' want ',), (' be alive', ' be around', ' be here', ' exist', ' live', ' wake up')), True, 'd'),
        (((' point ', ' reason '), (' being alive', ' being around', ' being here', ' carrying on', ' existing', ' going on', ' living', ' staying alive', ' to live'), ('being alive', 'being around', 'being here', 'carrying on', 'existing', 'going on', 'living', 'staying alive', 'to live')), True, 'in'),
        (((' being alive', ' existing', ' life itself', ' living'), ('being alive', 'existing', 'life itself', 'living'), ('sick of being alive', 'sick of existing', 'sick of life itself', 'sick of living', 'tired of being alive', 'tired of existing', 'tired of life itself', 'tired of living')), True, 'st'),
        (((' wake ',),), True, 'dnw'),
        ((('disappear ',), ('disappear for ever', 'disappear for good', 'disappear forever', 'disappear permanently'), (' for ever', ' for good', ' forever', ' permanently')), True, 'd'),
        ((('goodbye ', 'suicide '), ('goodbye letter', 'goodbye note', 'suicide letter', 'suicide note'), ('goodbye', 'suicide')), True, 'gs'),
        (((' burden ',),), True, 'amt'),
        ((('no one ', 'nobody ', 'noone '), (' would ',), (' care if ', ' miss ', ' notice ')), True, 'n'),
    )),
    # 4 suicide
    '5cbe5f580339': ((200, 129, 46, 89, 44, 49, 124, 131), (
        ((('alive ', 'around ', 'here '), ('not ', "won't ", 'wont ')), True, 'nw'),
        ((('enough ', 'how many '), ('enough', 'how many'), (' paracetamol ', ' pills ', ' tablets ')), True, 'eh'),
        (((' overdose',), ('had an overdose', 'take an overdose', 'taken an overdose', 'taking an overdose', 'took an overdose'), (' an ',)), True, 'ht'),
        (((' medication', ' meds', ' pills', ' tablets'), ('medication', 'meds', 'pills', 'tablets'), ('hoard', 'sav', 'stockpil')), True, 'hs'),
        ((('car running in the garage', 'engine running in the garage'), (' garage',), (' running ',)), True, 'ce'),
        ((('in the garage with the engine running',), (' engine ',), (' garage ',)), True, 'i'),
        ((('jump ', 'jumping ', 'throw myself '), ('jump', 'throw myself'), (' bridge', ' building', ' car park', ' cliff', ' roof', ' train')), True, 'jt'),
        (((' bridge', ' cliff', ' lorry', ' river', ' tree', ' truck', ' wall'), (' into ', ' off '), ('bridge', 'cliff', 'lorry', 'river', 'tree', 'truck', 'wall')), True, 'cds'),
    )),
    # 5 suicide
    'f1be1eb5033c': ((133, 37, 25, 89, 156, 172, 115, 38, 49), (
        (((' antidepressants', ' medication', ' meds', ' painkillers', ' pills', ' tablets'), ('antidepressants', 'medication', 'meds', 'painkillers', 'pills', 'tablets')), True, 'st'),
        (((' live ',), ('nothing left to live for', 'nothing to live for'), ('nothing ',)), True, 'n'),
        ((('a plan and a date',), (' plan ',), (' date',)), True, 'a'),
        (((' be dead ', ' die '), ('rather ', 'sooner '), ('rather', 'sooner')), True, 'rs'),
        (((' point ',), (' see ',)), True, 'cd'),
        (((' alive', ' around', ' born', ' exist', ' here'), (' if ', ' when '), ('better ', 'easier ', 'happier ')), True, 'beh'),
        ((('better off ', 'easier ', 'happier '), ('better off', 'easier', 'happier'), (' dead', ' gone', ' not around', ' not here')), True, 'beh'),
        ((("cause i'm gone", "cos i'm gone", "coz i'm gone"), (' gone',), ('cause ', 'cos ', 'coz ')), True, 'bc'),
        ((("i'll be gone before", "i'll be gone by", 'ill be gone before', 'ill be gone by'), (' gone ',)), True, 'i'),
    )),
    # 6 suicide
    'eac700710705': ((146, 120, 158, 109, 19, 5, 118, 99, 71, 35, 60, 44, 111, 89, 102, 73, 101, 105, 145, 62), (
        (((' point ',), ("what's ", 'whats '), (' any more', ' anymore', ' of any of it', ' of anything', ' of being alive', ' of being here', ' of carrying on', ' of going on', ' of it all', ' of life', ' of living', ' of me')), True, 'w'),
        (((' for ever', ' for good', ' forever', ' permanently'), ('for ever', 'for good', 'forever', 'permanently'), (' end ', ' stop ')), True, 'nw'),
        ((('googl', 'look up', 'looked up', 'looking up', 'search'), (' die', ' do it', ' end it', ' hang', ' kill herself', ' kill himself', ' kill myself', ' overdose'), ('die', 'do it', 'end it', 'hang', 'kill herself', 'kill himself', 'kill myself', 'overdose')), True, 'glrs'),
        (((' life', 'end it', 'kill myself'), (' to end it', ' to end my life', ' to kill myself', ' to take my life', ' to take my own life'), (' end it', ' end my life', ' kill myself', ' take my life', ' take my own life')), True, 'at'),
        ((('suicide attempt',), ('suicide ',), (' attempt',)), True, 's'),
        ((('noose',),), True, 'n'),
        (((' death', ' dying', ' my funeral', ' my own funeral', ' not being alive', ' not existing'), (' about ',), ('death', 'dying', 'my funeral', 'my own funeral', 'not being alive', 'not existing')), True, 't'),
        (((' for long', ' longer'), (' around ',), ('for long', 'longer')), True, 'dnw'),
        (((' wake ',), ('hope ', 'hopes ', 'hoping ')), True, 'h'),
        ((('meds saved up', 'pills saved up', 'tablets saved up'), ('meds ', 'pills ', 'tablets '), ('meds', 'pills', 'tablets')), True, 'mpt'),
        (((' herself', ' herselves', ' himself', ' himselves', ' myself', ' myselves', ' themself', ' themselves'), ('off', 'top')), True, 'ot'),
        (((' worth ',), (' living',), ("isn't worth living", 'isnt worth living', 'not worth living')), True, 'in'),
        ((('step ', 'stepped ', 'stepping ', 'walk ', 'walking '), (' front ',), ('step', 'walk')), True, 'sw'),
        ((('everyone will ', "they'd ", "they'll ", 'you will ', "you'd ", "you'll "), (' better ',), ('everyone will', "they'd", "they'll", 'you will', "you'd", "you'll")), True, 'ety'),
        (((' death', ' dying', ' killing herself', ' killing himself', ' killing myself', ' suicide'), (' about ',), ('death', 'dying', 'killing herself', 'killing himself', 'killing myself', 'suicide')), True, 'st'),
        ((('be here', 'live'), (' want ',), (' be alive', ' be here', ' live')), True, 'd'),
        (((' medication ', ' meds ', ' pills ', ' tablets '), ('medication', 'meds', 'pills', 'tablets'), (' much ',)), True, 'h'),
        ((("don't know if ", 'dont know if ', 'doubt ', 'not sure '), ("don't know if", 'dont know if', 'doubt', 'not sure'), (' alive', ' around', ' here')), True, 'dn'),
        (((' died', ' disappeared', ' killed myself', ' was dead', ' was gone', ' were dead', ' were gone'), (' if ',), ('died', 'disappeared', 'killed myself', 'was dead', 'was gone', 'were dead', 'were gone')), True, 'beghr'),
        ((("planning how i'd die", "planning how i'd do it", "planning how i'd end it", "planning how i'd kill myself", 'planning how id die', 'planning how id do it', 'planning how id end it', 'planning how id kill myself'), ('planning ',), (' die', ' do it', ' end it', ' kill myself')), True, 'p'),
    )),
    # 7 suicide
    '0e99f1db00ea': ((73, 44, 49, 59), (
        (((' go on ', ' live ', ' living '), ('go on', 'live', 'living'), ("can't ", 'cannot ', 'cant ')), True, 'c'),
        ((('rope ',), ('rope in the attic', 'rope in the garage', 'rope in the loft', 'rope in the shed'), (' attic', ' garage', ' loft', ' shed')), True, 'r'),
        (((' goodbye ',), ('saying goodbye in a odd', 'saying goodbye in a strange', 'saying goodbye in a weird'), (' odd', ' strange', ' weird')), True, 's'),
        ((('want everything to end', 'want everything to stop', 'want it all to end', 'want it all to stop', 'wish everything to end', 'wish everything to stop', 'wish it all to end', 'wish it all to stop'), (' everything ', ' it all '), ('everything', 'it all')), True, 'w'),
    )),
    # 8 self_harm
    '968b191a01ce': ((57, 144, 68, 75, 72, 35), (
        ((('urge to burn', 'urge to cut', 'urge to harm myself', 'urge to hurt myself', 'urge to self'), ('urge ',), (' burn', ' cut', ' harm myself', ' hurt myself', ' self')), True, 'u'),
        ((('deliberately', 'on purpose', 'to feel something'),), True, 'bchps'),
        (((' arm ', ' arms ', ' hand ', ' hands ', ' wrist ', ' wrists '), (' til', ' until'), ('bit ', 'bite ', 'biting ')), True, 'b'),
        ((('burning ', 'cutting ', 'harming ', 'hurting ', 'starving '), ('burning', 'cutting', 'harming', 'hurting', 'starving'), (' herself', ' herselves', ' himself', ' himselves', ' themself', ' themselves')), True, 'bchs'),
        (((' head ',), ('bang ', 'bangs '), (' wall',)), True, 'b'),
        ((('scratch',), (' my arm', ' my wrist'), (' arm', ' wrist')), True, 's'),
    )),
    # 9 self_harm
    '98ceb54b0020': ((26,), (
        ((('my arms are a mess',), (' arms ',), (' are ',)), True, 'm'),
    )),
    # 10 suicide
    'eb090e3a021a': ((101, 48, 49, 42, 80, 74, 132), (
        (((' belongings ', ' possessions ', ' stuff ', ' things '), (' away',), ('belongings', 'possessions', 'stuff', 'things')), True, 'g'),
        (((' future',), ("can't see a future", "can't see any future", 'cannot see a future', 'cannot see any future', 'cant see a future', 'cant see any future'), ("can't ", 'cannot ', 'cant ')), True, 'c'),
        ((('done with everything', 'done with it all', 'done with life', 'done with living'), ('done ',), (' everything', ' it all', ' life', ' living')), True, 'd'),
        ((('waste of oxygen', 'waste of space'), (' of oxygen', ' of space')), True, 'w'),
        (((' bridge', ' edge', ' roof'), ('stand ', 'standing ', 'stood '), ('bridge', 'edge', 'roof')), True, 's'),
        ((('railway line', 'tallest ', 'train tracks'), ('railway line', 'tallest bridge', 'tallest building', 'tallest car park', 'train tracks')), True, 'rt'),
        ((('writing ', 'written ', 'wrote '), (' letter', ' note'), ('letter', 'note')), True, 'w'),
    )),
    # 11 suicide
    '4c3d34d00010': ((10,), (
        ((('overdos',),), True, 'o'),
    )),
    # 12 suicide
    '67fa2b1500a1': ((90, 64), (
        (((' herself', ' himself', ' themself'),), True, 'ehkt'),
        (((' life',),), True, 'et'),
    )),
    # 13 suicide
    '0b044fd00079': ((115,), (
        ((('any more', 'anymore', 'much longer'), ('can not ', "can't ", 'cannot ', 'cant '), (' carry on', ' cope', ' do this', ' go on', ' keep going')), True, 'c'),
    )),
    # 14 self_harm
    'd91bd20000c1': ((187,), (
        (((' meself', ' my self', ' myself'), ('bang', 'bit', 'burn', 'cut', 'harm', 'hit', 'hurt', 'punish', 'scratch', 'starv'), ('eself', 'y self', 'yself')), True, 'bchps'),
    )),
    # 15 self_harm
    '4d9bf58a0331': ((17, 75, 77, 63, 46, 149, 115, 84, 50, 44, 81), (
        ((('harm',), ('self',)), True, 's'),
        (((' burning', ' cutting', ' hurting myself'), ('burning', 'cutting', 'hurting myself')), True, 'bgw'),
        ((('cut ', 'cutting '), (' again', ' my arm', ' my leg', ' my skin', ' my stomach', ' my thigh', ' my wrist')), True, 'c'),
        ((('relapsed ',), (' blade', ' cutting', ' razor'), ('blade', 'cutting', 'razor')), True, 'r'),
        ((('into my',), ('carved ', 'carving '), ('into ',)), True, 'c'),
        ((('burned ', 'burning ', 'burnt ', 'cutting ', 'scarring ', 'scratched ', 'scratching '), ('burned', 'burning', 'burnt', 'cutting', 'scarring', 'scratched', 'scratching'), (' arm ', ' arms ', ' hand ', ' hands ', ' leg ', ' legs ', ' skin ', ' stomach ', ' thigh ', ' thighs ', ' wrist ', ' wrists ')), True, 'bcs'),
        (((' head ',), (' door', ' floor', ' wall'), ('door', 'floor', 'wall')), True, 'bhs'),
        (((' painkillers ', ' paracetamol ', ' pills ', ' tablets '), ('painkillers', 'paracetamol', 'pills', 'tablets'), (' than',)), True, 't'),
        (((' arm ', ' arms ', ' leg ', ' legs ', ' wrist ', ' wrists '), (' cut ',), ('arm', 'leg', 'wrist')), True, 'm'),
        (((' nails ',), ('dig my nails into my', 'digging my nails into my', 'dug my nails into my'), ('dig ', 'digging ', 'dug ')), True, 'd'),
        (((' hair ',), ('pull ', 'pulled ', 'pulling '), (' in clumps', ' till', ' until')), True, 'p'),
    )),
    # 16 self_harm
    '6e5f43bb00f6': ((25, 79, 134), (
        ((('razor ',), ('razor blade in my', 'razor blades in my'), (' blade ', ' blades ')), True, 'r'),
        (((' marks ',), (' arm', ' leg', ' wrist'), ('burn ', 'cut ', 'scratch ')), True, 'bcs'),
        (((' burns ', ' cuts ', ' scars '), ('burns', 'cuts', 'scars'), (' arm', ' leg', ' thigh', ' wrist')), True, 'fns'),
    )),
    # 17 children
    'e0c1e1b901f9': ((499,), (
        ((('threat',), ('babies', 'baby', 'child', 'custody', 'daughter', 'kid', 'little one', 'son', 'toddler')), True, 't'),
    )),
    # 18 children
    'b51a45390098': ((146,), (
        (((' see ',), ('never ',)), True, 'n'),
    )),
    # 19 children
    '3fe5ec9e00a1': ((155,), (
        ((('take ',), (' from ',), (' away ',)), True, 't'),
    )),
    # 20 children
    '7766050601c5': ((447,), (
        (((' custody', 'lose ', 'losing ', 'take '), ('said', 'saying', 'says', 'screamed', 'shouted', 'swears', 'swore', 'tells me', 'texted', 'threaten', 'told me', 'warn')), True, 'stw'),
    )),
    # 21 children
    '650d4c6600fb': ((245,), (
        (((' against', ' hate', ' never see', ' never speak to', ' never talk to'), ('made', 'make', 'making', 'turn'), ('against', 'hate', 'never see', 'never speak to', 'never talk to')), True, 'mt'),
    )),
    # 22 children
    '61ce1b98012f': ((296,), (
        ((('abused ', 'abuses ', 'harmed ', 'harms ', 'hurt ', 'hurts ', 'injured ', 'injures '), (' babies', ' baby', ' child', ' daughter', ' kid', ' little one', ' son', ' toddler'), ('abused', 'abuses', 'harmed', 'harms', 'hurt', 'injured', 'injures')), True, 'hmst'),
    )),
    # 23 children
    '3fb0bce300cb': ((197,), (
        (((' against', ' to control', ' to get at', ' to hurt', ' to punish'), ('use ', 'used ', 'uses ', 'using '), ('against', 'to control', 'to get at', 'to hurt', 'to punish')), True, 'u'),
    )),
    # 24 money_control
    '63cb7d4700be': ((184,), (
        ((('control ', 'controlled ', 'controlling ', 'controls '), (' account', ' card', ' finances', ' money', ' spending')), True, 'c'),
    )),
    # 25 money_control
    'a4c3b0b1007c': ((118,), (
        ((('control ', 'controlled ', 'controlling ', 'controls '), (' bank account', ' card', ' finances', ' money', ' pay', ' salary', ' savings', ' spending', ' wages')), True, 'c'),
    )),
    # 26 money_control
    '2e57cb1900be': ((119, 64), (
        (((' allowance', ' pocket money'), (' her ', ' him ', ' me '), ('allowance', 'pocket money')), True, 'g'),
        (((' allowance',), (' on ',), (' an ',)), True, 'kp'),
    )),
    # 27 money_control
    'fae2f0710119': ((275,), (
        (((' benefits', ' card', ' earnings', ' income', ' pay', ' pension', ' salary', ' savings', ' wage'), ('confiscated ', 'confiscates ', 'held ', 'holds ', 'keeps ', 'kept ', 'taken ', 'takes ', 'taking ', 'took '), ('benefits', 'card', 'earnings', 'income', 'pay', 'pension', 'salary', 'savings', 'wage')), True, 'chkt'),
    )),
    # 28 money_control
    'de2c904800cb': ((197,), (
        (((' give her ', ' give him ', ' give them ', ' hand over '), ('give her', 'give him', 'give them', 'hand over')), True, 'fm'),
    )),
    # 29 money_control
    '9f44619401c0': ((442,), (
        (((' birth certificate', ' documents', ' green card', ' id', ' papers', ' passport', ' permit', ' visa'), ('burned', 'burnt', 'confiscated', 'confiscates', 'destroyed', 'destroys', 'held', 'hid', 'holding', 'holds', 'keeping', 'keeps', 'kept', 'locked away', 'locked up', 'locks away', 'locks up', 'ripped up', 'taken', 'takes', 'taking', 'took', 'tore up')), True, 'bcdhklrtw'),
    )),
    # 30 money_control
    '70afed0600a3': ((157,), (
        (((' documents', ' id', ' papers', ' passport', ' visa'), (' give ', ' let '), ('refused to ', 'refuses to ', "won't ", "wouldn't ")), True, 'rw'),
    )),
    # 31 money_control
    'c32a125c0116': ((125, 55, 90), (
        (((' border control ', ' border force ', ' border patrol ', ' ice ', ' immigration ', ' the home office '),), True, 'cpr'),
        (((' deported',),), True, 'gh'),
        (((' sponsorship', ' visa'), ('sponsorship', 'visa'), ('cancel ', 'pull ', 'revoke ', 'withdraw ')), True, 'cprw'),
    )),
    # 32 money_control
    '0886aa03007f': ((121,), (
        (((' access ',), ('no ',)), True, 'n'),
    )),
    # 33 money_control
    'cfb26b7a00af': ((169,), (
        (((' name',), (' in ',), (' bills ', ' contract ', ' contracts ', ' credit card ', ' credit cards ', ' debt ', ' debts ', ' loan ', ' loans ')), True, 'pt'),
    )),
    # 34 money_control
    '79fd3a9000e3': ((221,), (
        (((' give ', ' let '), (' account', ' card', ' money', ' pin'), (' her ', ' him ', ' me ')), True, 'drw'),
    )),
    # 35 money_control
    '580b3df400a5': ((159,), (
        (((' a daily allowance', ' a monthly allowance', ' a small allowance', ' a tiny allowance', ' a weekly allowance', ' an allowance'), ('i am given ', 'i am on ', 'i get ', 'i got ', 'i receive ', 'i was given ', "i'm given ", "i'm on ")), True, 'i'),
    )),
    # 36 money_control
    'bcc7a729007d': ((119,), (
        (((' accounts', ' cards', ' cash', ' money'), ('has ', 'held ', 'holds ', 'keeps ', 'kept ', 'takes ', 'took ')), True, 'hkt'),
    )),
    # 37 money_control
    '8dc716ee00cd': ((199,), (
        (((' cent ', ' dollar ', ' euro ', ' penny ', ' pound ', ' purchase ', ' receipt '), (' every ',), ('cent', 'dollar', 'euro', 'penny', 'pound', 'purchase', 'receipt')), True, 'cmqt'),
    )),
    # 38 money_control
    'e8c83487010e': ((264,), (
        (((' back ',), (' card', ' documents', ' id', ' papers', ' passport', ' phone', ' visa'), ('get ', 'give ', 'hand ', 'have ')), True, 'hm'),
    )),
    # 39 money_control
    'aea1553300fd': ((247,), (
        (((' let ',), (' account', ' card', ' cash', ' finances', ' money', ' salary', ' savings', ' statements', ' wages'), (' her ', ' him ', ' me ')), True, 'dnw'),
    )),
    # 40 money_control
    'c4751d270140': ((135, 78, 99), (
        (((' name',), (' out ',), (' credit card ', ' credit cards ', ' debt ', ' debts ', ' loan ', ' loans ', ' mortgage ', ' mortgages ', ' overdraft ', ' overdrafts ')), True, 't'),
        ((('ran up ', 'run up ', 'running up ', 'runs up '), ('debt in her name', 'debt in his name', 'debt in my name', 'debts in her name', 'debts in his name', 'debts in my name'), ('debt ', 'debts ')), True, 'r'),
        ((('opened ', 'opens '), (' name',), ('account', 'credit card', 'loan')), True, 'o'),
    )),
    # 41 money_control
    '86cc255400bd': ((117, 65), (
        ((('made ', 'makes '), (' cash', ' every cent', ' every penny', ' money'), (' for ',)), True, 'm'),
        (((' beg ',), (' cash', ' money'), ('cash', 'money')), True, 'h'),
    )),
    # 42 money_control
    '4ae15212011c': ((277,), (
        ((('had to ask ', 'has to ask ', 'have to ask '), (' anything i buy', ' anything i need', ' cash', ' every cent', ' every dollar', ' every euro', ' every penny', ' every pound', ' fare', ' money', ' petrol'), ('anything i buy', 'anything i need', 'cash', 'every cent', 'every dollar', 'every euro', 'every penny', 'every pound', 'fare', 'money', 'petrol')), True, 'h'),
    )),
    # 43 money_control
    'dd4ffe330096': ((144,), (
        (((' papers ', ' permit ', ' visa '), ('papers', 'permit', 'visa'), (' canceled', ' cancelled', ' revoked', ' taken away', ' withdrawn')), True, 'gh'),
    )),
    # 44 fear_of_partner
    '0bb6f61601cb': ((451,), (
        ((('afraid of ', 'fearful of ', 'frightened of ', 'petrified of ', 'scared of ', 'terrified of '), (' anger', ' fists', ' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ', ' he would ', " he'd ", " he'll ", " he's going to ", ' outbursts', ' rage', ' she could ', ' she is going to ', ' she may ', ' she might ', ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ", ' temper', ' they could ', ' they is going to ', ' they may ', ' they might ', ' they will ', ' they would ', " they'd ", " they'll ", " they's going to ", ' violence', 'her', 'him', 'my ')), True, 'afpst'),
    )),
    # 45 fear_of_partner
    'ca296b1e0184': ((202, 55, 123), (
        (((' he could ', ' he is going to ', ' he may ', ' he might ', ' he will ', ' he would ', " he'd ", " he'll ", " he's going to ", ' she could ', ' she is going to ', ' she may ', ' she might ', ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ", ' they could ', ' they is going to ', ' they may ', ' they might ', ' they will ', ' they would ', " they'd ", " they'll ", " they's going to "), (' do',), ('afraid of ', 'fearful of ', 'frightened of ', 'petrified of ', 'scared of ', 'terrified of ')), True, 'afpst'),
        (((' fear',), ('live in constant fear', 'live in fear', 'lived in constant fear', 'lived in fear', 'lives in constant fear', 'lives in fear', 'living in constant fear', 'living in fear'), ('live ', 'lived ', 'lives ', 'living ')), True, 'l'),
        ((('on edge ', 'walking on eggshells '), ('on edge', 'walking on eggshells'), (' because ',)), True, 'ow'),
    )),
    # 46 fear_of_partner
    'fa03e0c90120': ((174, 107), (
        ((('disagree with her', 'disagree with him', 'disagree with them', 'refuse ', 'say no', 'tell her no', 'tell him no', 'tell them no'), ('afraid ', 'fearful ', 'frightened ', 'petrified ', 'scared ', 'terrified '), (' disagree with her', ' disagree with him', ' disagree with them', ' refuse her', ' refuse him', ' refuse them', ' say no', ' tell her no', ' tell him no', ' tell them no')), True, 'afpst'),
        (((' happened ', ' he did ', ' she did ', ' they did '), ('because ',), ('happened', 'he did', 'they did')), True, 'b'),
    )),
    # 47 fear_of_partner
    '31b3265001b5': ((430,), (
        ((('flinch ', 'flinched ', 'flinches ', 'flinching '), ('came', 'come', 'get angry', 'get close', 'get near', 'get up', 'gets angry', 'gets close', 'gets near', 'gets up', 'goes', 'got angry', 'got close', 'got near', 'got up', 'lift', 'move', 'put', 'raise', 'reache', 'shout', 'slam', 'stand', 'stood', 'touch', 'walk', 'went', 'yell')), True, 'f'),
    )),
    # 48 fear_of_partner
    'd4be339300aa': ((164,), (
        (((' life', ' lives', ' safety'), ('life', 'lives', 'safety')), True, 'afstw'),
    )),
    # 49 fear_of_partner
    '20d5b0e10151': ((96, 137, 96), (
        ((('afraid ', 'fearful ', 'frightened ', 'petrified ', 'scared ', 'terrified '), (' home',)), True, 'afpst'),
        (((' alone ', ' at home '), (' be ', ' being '), ('lone', 't home')), True, 'afpst'),
        (((' leave ',), ('afraid ', 'fearful ', 'frightened ', 'petrified ', 'scared ', 'terrified ')), True, 'afpst'),
    )),
    # 50 fear_of_partner
    '940b1b5d0174': ((366,), (
        (((' he are going to ', ' he is going to ', ' he is gonna ', ' he was going to ', ' he was gonna ', ' he were going to ', ' he will ', ' he would ', " he'd ", " he'll ", " he's going to ", " he's gonna ", ' she are going to ', ' she is going to ', ' she is gonna ', ' she was going to ', ' she was gonna ', ' she were going to ', ' she will ', ' she would ', " she'd ", " she'll ", " she's going to ", " she's gonna ", ' they are going to ', ' they is going to ', ' they is gonna ', ' they was going to ', ' they was gonna ', ' they were going to ', ' they will ', ' they would ', " they'd ", " they'll ", " they's going to ", " they's gonna "), (' attack ', ' beat ', ' choke ', ' harm ', ' hit ', ' hurt ', ' kill ', ' strangle ')), True, 'afstw'),
    )),
    # 51 fear_of_partner
    'e21ffb2301fc': ((267, 232), (
        (((' safe ',), ("didn't feel safe ", 'do not feel safe ', "doesn't feel safe ", "don't feel safe ", 'never feel safe ', 'no longer feel safe '), (' feel ',)), True, 'dn'),
        (((' not safe ', ' unsafe '), ('not safe', 'unsafe'), ('am not safe ', 'am unsafe ', 'feel not safe ', 'feel unsafe ', 'felt not safe ', 'felt unsafe ', "i'm not safe ", "i'm unsafe ")), True, 'afi'),
    )),
    # 52 threat
    '45bc485602c3': ((701,), (
        ((('threaten ', 'threatened ', 'threatening ', 'threatens '),), True, 't'),
    )),
    # 53 threat
    '6c77f2ba017c': ((315, 57), (
        ((('threaten ', 'threatened ', 'threatening ', 'threatens '),), True, 't'),
        ((('threaten ', 'threatened ', 'threatening ', 'threatens '), (' family', ' life', ' safety'), ('family', 'life', 'safety')), True, 't'),
    )),
    # 54 threat
    '40eabf4800b2': ((16, 78, 76), (
        ((('death threat',), ('death ',), (' threat',)), True, 'd'),
        ((('against ', 'of violence', 'to hurt', 'to kill'), ('threat ', 'threats '), (' against me', ' against my', ' against the kids', ' of violence', ' to hurt', ' to kill')), True, 't'),
        (((' threats',),), True, 'ms'),
    )),
    # 55 threat
    '4031085f0211': ((522,), (
        ((('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ", 'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna "), (' beat ', ' burn ', ' choke ', ' hit ', ' hurt ', ' kill ', ' shoot ', ' stab ', ' strangle ')), True, 'hst'),
    )),
    # 56 threat
    '322dee1e010a': ((260,), (
        ((('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ", 'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna "), (' break ', ' smash '), (' arm', ' face', ' head', ' jaw', ' leg', ' neck', ' nose')), True, 'hst'),
    )),
    # 57 threat
    '38a109f00146': ((254, 65), (
        (((' burn ', ' set fire to '), ('burn', 'set fire to'), ('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ", 'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna ")), True, 'hst'),
        ((('with me in it', 'with me still in it', 'with the children in it', 'with the children still in it', 'with the kids in it', 'with the kids still in it', 'with us in it', 'with us still in it'),), True, 'w'),
    )),
    # 58 threat
    'eb43da8c022a': ((548,), (
        (((' life ', ' wherever', 'come after her', 'come after him', 'come after me', 'come after you', 'destroy ', 'harm ', 'hurt ', 'kill ', 'ruin '), (' break up', ' broke up', ' call', ' divorce', ' go', ' leave', ' left', ' move out', ' moved out', ' report', ' tell', ' told', ' went'), ('if ',)), True, 'cdfhkmr'),
    )),
    # 59 threat
    '305d44f901f5': ((142, 18, 88, 34, 209), (
        (((' a coffin', ' a grave', ' a wheelchair', ' an early grave', ' hospital', ' the ground'), ('land ', 'put ', 'send '), ('a coffin', 'a grave', 'a wheelchair', 'an early grave', 'hospital', 'the ground')), True, 'lps'),
        ((('six feet under',), (' feet ',), (' under',)), True, 's'),
        (((' anywhere', ' no matter where', ' wherever'), ('anywhere', 'no matter where', 'wherever'), ('find ', 'hunt ', 'track ')), True, 'fht'),
        ((('hunt me down', 'hunt you down', 'track me down', 'track you down'), ('hunt ', 'track '), ('hunt', 'track')), True, 'ht'),
        ((('he are going to ', 'he is going to ', 'he is gonna ', 'he was going to ', 'he was gonna ', 'he were going to ', 'he will ', 'he would ', "he'd ", "he'll ", "he's going to ", "he's gonna ", 'they are going to ', 'they is going to ', 'they is gonna ', 'they was going to ', 'they was gonna ', 'they were going to ', 'they will ', 'they would ', "they'd ", "they'll ", "they's going to ", "they's gonna "), (' after ',), (' come ',)), True, 'hst'),
    )),
    # 60 threat
    '19b724c400dd': ((104, 110), (
        (((' arrested on lies', ' beaten up', ' committed', ' hurt', ' killed', ' sectioned'), ('get ', 'have '), (' her ', ' him ', ' me ', ' you ')), True, 'gh'),
        ((('axe', 'bat', 'gun', 'hammer', 'knife', 'machete', 'weapon'), ('for me', 'for you', 'use it on me', 'use it on you')), True, 'abghkmw'),
    )),
    # 61 threat
    '0fecb7500175': ((40, 114, 37, 173), (
        ((('or else',), (' else',)), True, 'o'),
        (((' dead ',), ('dead',)), True, 'iy'),
        (((' disappear',), ('make her disappear', 'make him disappear', 'make me disappear', 'make you disappear')), True, 'm'),
        ((('burn ', 'cut up ', 'destroy ', 'rip up ', 'smash ', 'trash ', 'wreck '), ('burn', 'cut up', 'destroy', 'rip up', 'smash', 'trash', 'wreck'), (' all her', ' all his', ' all my', ' all of her', ' all of his', ' all of my', ' all of your', ' all your', ' everything')), True, 'bcdrstw'),
    )),
    # 62 threat
    '07b0a6e500aa': ((164,), (
        (((' blade', ' gun', ' knife', ' pistol', ' rifle', ' weapon'), ('blade', 'gun', 'knife', 'pistol', 'rifle', 'weapon'), ('brandished', 'pointed', 'pointing', 'points', 'show', 'waved', 'waves', 'waving')), True, 'bpsw'),
    )),
    # 63 threat
    'ba13f476010f': ((265,), (
        ((('destroy', 'end it all', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'), (' break up', ' broke up', ' go', ' leave', ' left', ' went'), ('if ',)), True, 'i'),
    )),
    # 64 threat
    'b4e88eb00108': ((258,), (
        (((' a friend', ' anybody', ' anyone', ' my family', ' my friends', ' someone', ' the cops', ' the police', ' your family'), ('destroy', 'harm', 'hurt', 'kill', 'make me pay', 'make you pay', 'never see', 'ruin'), ('if ',)), True, 'i'),
    )),
    # 65 threat
    'b22e6dc80187': ((384,), (
        (((' fist ', ' fists ', ' hand '), ('raise ', 'raised ', 'raises ', 'raising '), ('fist', 'hand')), True, 'r'),
    )),
    # 66 threat
    'a2ce2c9400f7': ((130, 41, 68), (
        ((('blade ', 'gun ', 'knife ', 'weapon '), ('blade', 'gun', 'knife', 'weapon')), True, 'bgkw'),
        ((('came at her with', 'came at him with', 'came at me with', 'came at them with', 'came at us with'),), True, 'c'),
        (((' gun', ' knife', ' weapon'), ('gun', 'knife', 'weapon'), ('pulled ', 'pulls ')), True, 'p'),
    )),
    # 67 threat
    '762577c3011c': ((165, 77, 34), (
        ((('punched ', 'punches ', 'punching ', 'put a fist through ', 'put a fists through ', 'put her fist through ', 'put her fists through ', 'put his fist through ', 'put his fists through ', 'put their fist through ', 'put their fists through '), ('door', 'wall', 'window', 'windscreen', 'windshield'), (' fist ', ' fists ', 'nched', 'nches', 'nching')), True, 'p'),
        ((('door down', 'door in', 'doors down', 'doors in'), ('door ', 'doors '), ('kicked ', 'kicking ', 'kicks ')), True, 'k'),
        (((' hole ',), ('kicked a hole in', 'punched a hole in'), ('kicked ', 'punched ')), True, 'kp'),
    )),
    # 68 threat
    '1fa7530000a2': ((156,), (
        ((('destroyed ', 'destroying ', 'destroys ', 'ripped up ', 'smashed ', 'smashes ', 'smashing ', 'tore up '), ('destroyed', 'destroying', 'destroys', 'ripped up', 'smashed', 'smashes', 'smashing', 'tore up')), True, 'drst'),
    )),
    # 69 threat
    'e952367e0153': ((333,), (
        (((' across the kitchen', ' across the room', ' against the wall', ' around', ' at the wall', ' everywhere', ' on the floor'), ('bottle', 'chair', 'cup', 'dishes', 'furniture', 'glass', 'lamp', 'mug', 'phone', 'plate', 'remote', 'stuff', 'things', 'vase'), ('across the kitchen', 'across the room', 'against the wall', 'around', 'at the wall', 'everywhere', 'on the floor')), True, 'hst'),
    )),
    # 70 physical
    'cf2d584e023f': ((568,), (
        ((('chucked ', 'chucks ', 'flings ', 'flung ', 'hurled ', 'hurls ', 'threw ', 'throwing ', 'thrown ', 'throws '), ('at ',), ('chucked', 'chucks', 'flings', 'flung', 'hurled', 'hurls', 'threw', 'throwing', 'thrown', 'throws')), True, 'cfht'),
    )),
    # 71 physical
    '032aa645024c': ((581,), (
        ((('assault', 'bit', 'choke', 'choking', 'headbutt', 'punch', 'restrain', 'scratch', 'shakes', 'shaking', 'shook', 'shove', 'shoving', 'slap', 'smack', 'strangle', 'strangling', 'throttle', 'throttling', 'whack'),), True, 'abchprstw'),
    )),
    # 72 physical
    '0dd7f96e0138': ((305,), (
        ((('kick ', 'kicked ', 'kicking ', 'kicks '),), True, 'k'),
    )),
    # 73 physical
    '32301d0b013b': ((308,), (
        ((('hit ', 'hits ', 'hitting '),), True, 'h'),
    )),
    # 74 physical
    '1ca02e320144': ((317,), (
        ((('beat ', 'beaten ', 'beating ', 'beats '),), True, 'b'),
    )),
    # 75 physical
    'fd0c018a0354': ((845,), (
        ((('push ', 'pushed ', 'pushes ', 'pushing ', 'shove ', 'shoved ', 'shoves ', 'shoving ', 'slammed ', 'slamming ', 'slams ', 'threw ', 'throwing ', 'throws '), ('push', 'shove', 'shoving', 'slammed', 'slamming', 'slams', 'threw', 'throwing', 'throws')), True, 'pst'),
    )),
    # 76 physical
    'd14c747701b6': ((431,), (
        ((('grab ', 'grabbed ', 'grabbing ', 'grabs '),), True, 'g'),
    )),
    # 77 physical
    '1bfb28e50110': ((266,), (
        ((('grab', 'pinch', 'pulled', 'pulling', 'pulls', 'squeeze', 'squeezing', 'twist', 'yank'), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'), ('grab ', 'grabbed ', 'grabbing ', 'grabs ', 'pinch ', 'pinched ', 'pinches ', 'pinching ', 'pulled ', 'pulling ', 'pulls ', 'squeeze ', 'squeezed ', 'squeezes ', 'squeezing ', 'twist ', 'twisted ', 'twisting ', 'twists ', 'yank ', 'yanked ', 'yanking ', 'yanks ')), True, 'gpsty'),
    )),
    # 78 physical
    'd494a4ba01e8': ((482,), (
        ((('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees', 'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on', 'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle', 'strangling'), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist'), (' my ', ' your ')), True, 'bchkps'),
    )),
    # 79 physical
    '24d2e0b601e0': ((474,), (
        ((('bang', 'bit', 'burn', 'choke', 'choking', 'headbutt', 'hit', 'kick', 'kneed', 'kneeing', 'knees', 'punch', 'scratch', 'slam', 'slap', 'smash', 'squeeze', 'squeezing', 'stamp on', 'stamped on', 'stamping on', 'stamps on', 'stomp on', 'stomped on', 'stomping on', 'stomps on', 'strangle', 'strangling'), (' her ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist')), True, 'bchkps'),
    )),
    # 80 physical
    '8146213301e0': ((474,), (
        (((' his ',), (' arm', ' back', ' chest', ' collar', ' face', ' hair', ' head', ' jaw', ' leg', ' lip', ' mouth', ' neck', ' nose', ' rib', ' shirt', ' shoulder', ' throat', ' wrist')), True, 'bchkps'),
    )),
    # 81 physical
    'c216493801e2': ((476,), (
        (((' their ',),), True, 'bchkps'),
    )),
    # 82 physical
    'aeed83270261': ((602,), (
        ((('attack', 'came at', 'comes at', 'goes for', 'lunged at', 'lunges at', 'went for'), (' asleep', ' sleeping', 'from behind', 'in her sleep', 'in his sleep', 'in my sleep', 'in their sleep', 'physically', 'with '), ('attack ', 'attacked ', 'attacking ', 'attacks ', 'came at ', 'comes at ', 'goes for ', 'lunged at ', 'lunges at ', 'went for ')), True, 'acglw'),
    )),
    # 83 physical
    '84617e0c02f0': ((430, 313), (
        ((('kick ', 'kicked ', 'kicking ', 'kicks ', 'knock ', 'knocked ', 'knocking ', 'knocks ', 'push ', 'pushed ', 'pushes ', 'pushing ', 'shove ', 'shoved ', 'shoves ', 'shoving ', 'slap ', 'slapped ', 'slapping ', 'slaps ', 'threw ', 'throw ', 'throwing ', 'throws '), (' about', ' around'), ('kick', 'knock', 'push', 'shove', 'shoving', 'slap', 'threw', 'throw')), True, 'kpst'),
        ((('rough ', 'roughed ', 'roughing ', 'roughs '), (' up',)), True, 'r'),
    )),
    # 84 physical
    'd1d5f3d90209': ((514,), (
        (((' belly', ' chest', ' eye', ' face', ' groin', ' gut', ' head', ' jaw', ' kidneys', ' mouth', ' neck', ' nose', ' ribs', ' stomach', ' teeth', ' throat'), (' in ',), (' the ',)), True, None),
    )),
    # 85 physical
    '8e5c2fad018b': ((388,), (
        ((('black eye', 'bruise', 'cut', 'marks', 'scratches', 'split lip', 'welts'), ('beat', 'bit', 'choked', 'dragged', 'grabbed', 'held', 'hit', 'hurt', 'kicked', 'pinned', 'punched', 'pushed', 'shoved', 'slapped', 'squeezed', 'threw', 'twisted')), True, 'abcmsw'),
    )),
    # 86 physical
    'b42fcae500c4': ((190,), (
        ((('a cut on', 'a&e', 'bleed', 'blood', 'broken ', 'bruis', 'cuts on', 'emergency room', 'hospital', 'injur', 'stitches'), ('hurt ',), ('hurt her', 'hurt him', 'hurt me')), True, 'h'),
    )),
    # 87 physical
    '1119159900a0': ((154,), (
        ((('kneeling ', 'kneels ', 'knelt ', 'lay ', 'lies ', 'lying ', 'pinned ', 'pinning ', 'pins ', 'sat ', 'sits ', 'sitting '), (' on ',)), True, 'klps'),
    )),
    # 88 physical
    '7fc6710b02f3': ((748,), (
        ((('flings ', 'flung ', 'pushed ', 'pushes ', 'shoved ', 'shoves ', 'slammed ', 'slams ', 'threw ', 'throwing ', 'throws '), (' across ', ' against ', ' down ', ' into ', ' on ', ' onto ', ' out of bed ', ' to '), ('flings', 'flung', 'pushed', 'pushes', 'shoved', 'shoves', 'slammed', 'slams', 'threw', 'throwing', 'throws')), True, 'fpst'),
    )),
    # 89 physical
    'caa1f75000b5': ((29, 76, 68), (
        (((' blood',), ('draw blood', 'drawing blood', 'drew blood'), ('draw ', 'drawing ', 'drew ')), True, 'd'),
        (((' blacked ', ' passed '), ('blacked', 'passed'), ('until ',)), True, 'u'),
        (((' breathe',), (" can't ", ' could not ', " couldn't "), ('until ',)), True, 'u'),
    )),
    # 90 physical
    '71b2a6660146': ((237, 81), (
        ((('violent',),), True, 'hmsty'),
        ((('violent ',),), True, 'v'),
    )),
    # 91 physical
    '77d054820089': ((104, 11, 14), (
        (((' mouth', ' neck', ' throat'), ('arm', 'fingers', 'hand'), ('mouth', 'neck', 'throat')), True, 'afh'),
        ((('chokehold',),), True, 'c'),
        ((('choke hold',), ('choke ',), (' hold',)), True, 'c'),
    )),
    # 92 physical
    '487eaab501b7': ((432,), (
        ((('held ', 'holding ', 'holds ', 'pinned ', 'pinning ', 'pins ', 'pushed ', 'pushes '), (' against', ' down', ' on the bed', ' on the floor', ' on the ground', ' to the bed', ' to the floor', ' to the ground', ' to the wall'), ('held', 'holding', 'holds', 'pinned', 'pinning', 'pins', 'pushed', 'pushes')), True, 'hp'),
    )),
    # 93 physical
    '32d49d9e00cc': ((102, 95), (
        (((' a bruise ', ' a mark ', ' bruises ', ' marks ', ' scratches '), ('a bruise', 'a mark', 'bruises', 'marks', 'scratches')), True, 'l'),
        (((' black eye', ' bloody nose', ' concussion', ' fat lip', ' split lip'), ('black eye', 'bloody nose', 'concussion', 'fat lip', 'split lip'), ('gave ',)), True, 'g'),
    )),
    # 94 physical
    'f5c47ee30263': ((298, 305), (
        ((('physically ',), (' abused', ' abuses', ' abusive', ' aggressive', ' assaulted', ' attacked', ' attacks', ' block', ' carried', ' carries', ' dragged', ' drags', ' forced', ' harmed', ' harming', ' harms', ' held', ' holds', ' hurt', ' prevented', ' prevents', ' pulled', ' pulls', ' pushed', ' pushes', ' removed', ' removes', ' restrained', ' stop', ' threw', ' throws', ' violent')), True, 'p'),
        (((' physically',), ('hurt ',)), True, 'h'),
    )),
    # 95 physical
    'cc6ec2d70123': ((284,), (
        ((('broke ', 'bruised ', 'cut ', 'hurt ', 'hurts ', 'injured ', 'injures ', 'sprained ', 'twisted ', 'twists '), (' my ',), (' arm', ' back', ' eye', ' face', ' finger', ' hand', ' head', ' jaw', ' leg', ' lip', ' neck', ' nose', ' rib', ' shoulder', ' wrist')), True, 'hmsty'),
    )),
    # 96 physical
    'f86d7b1601e1': ((473,), (
        (((' by ',), ('assaulted ', 'attacked ', 'beaten ', 'bitten ', 'burned ', 'burnt ', 'choked ', 'grabbed ', 'headbutted ', 'hit ', 'kicked ', 'punched ', 'pushed ', 'raped ', 'shoved ', 'slapped ', 'smacked ', 'strangled ')), True, 'histw'),
    )),
    # 97 physical
    'f2df17ec0195': ((398,), (
        ((('dragged ',), (' across', ' along', ' by', ' down the corridor', ' down the hall', ' down the stairs', ' out of the car', ' out of the flat', ' out of the house', ' out of the room')), True, 'd'),
    )),
    # 98 physical
    '88e6d7a80073': ((109,), (
        ((('spat ', 'spit ', 'spits ', 'spitting '),), True, 's'),
    )),
    # 99 physical
    '1a0ac4cd007f': ((121,), (
        (((' hand ', ' hands '), (' on ',), ('laid', 'laying', 'lays', 'put')), True, 'lp'),
    )),
    # 100 physical
    'ba2d419b014c': ((325,), (
        ((('burned ', 'burning ', 'burns ', 'burnt '),), True, 'b'),
    )),
    # 101 coercion
    '7c77144d0043': ((61,), (
        ((('rape', 'sexual assault', 'sexually assault'),), True, 'rs'),
    )),
    # 102 coercion
    '7ca543c0036e': ((517, 55, 204, 92), (
        ((('sex', 'things in bed'),), True, 'fgmp'),
        (((' herself ', ' himself ', ' themselves '), ('herself', 'himself', 'themselves'), ('forced herself on', 'forced himself on', 'forced themselves on', 'forces herself on', 'forces himself on', 'forces themselves on')), True, 'f'),
        ((('sex ',), (' did not want', " didn't want", ' said no', ' told her no', ' told him no', ' told them no', ' was asleep', ' was crying', ' was drunk'), ('did not want', "didn't want", 'said no', 'told her no', 'told him no', 'told them no', 'was asleep', 'was crying', 'was drunk')), True, 's'),
        ((('sex ',), (' agree to', ' consent to', ' want'), ('agree to', 'consent to', 'want')), True, 's'),
    )),
    # 103 coercion
    '2758977401f2': ((283, 208), (
        (((' allowed ',), ('never ', 'not ', 'only ')), True, 'no'),
        ((('chooses ', 'control ', 'controls ', 'decide ', 'decides ', 'dictates ', 'tells me '), (' call', ' do', ' eat', ' go', ' leave', ' meet', ' see', ' spend', ' talk', ' text', ' wear'), ('chooses', 'control', 'decide', 'dictates', 'tells me')), True, 'cdt'),
    )),
    # 104 coercion
    'dbd4321f01e1': ((56, 57, 114, 245), (
        ((("prove where i 'm", "prove where i 've been", 'prove where i am', 'prove where i have been', 'prove where i was'), ('prove ',), (' where ',)), True, 'p'),
        ((('account for every cent', 'account for every hour', 'account for every minute', 'account for every penny', 'account for every second'), ('account ',), (' every ',)), True, 'a'),
        (((' my location', ' photos', ' pictures', ' proof', ' videos'), (' me ',), ('my location', 'photos', 'pictures', 'proof', 'videos')), True, 'm'),
        ((('banned', 'bans', 'forbade', 'forbid'), ('banned ', 'bans ', 'forbade ', 'forbid ', 'forbidden ', 'forbids ')), True, 'bf'),
    )),
    # 105 coercion
    '3997ed5101aa': ((306, 112), (
        ((('stalk ', 'stalked ', 'stalking ', 'stalks '),), True, 's'),
        ((('spyware', 'tracker', 'tracking '), (' spyware ', ' tracker ', ' tracking app ', ' tracking device '), ('hid ', 'installed ', 'put ', 'puts ')), True, 'hip'),
    )),
    # 106 coercion
    '72063035016f': ((360,), (
        ((('coerced', 'coerces', 'coercing', 'force', 'forcing'), (' into', ' to'), ('coerced ', 'coerces ', 'coercing ', 'force ', 'forced ', 'forces ', 'forcing ')), True, 'cf'),
    )),
    # 107 coercion
    'a80c969f0121': ((283,), (
        (((' let ',), (' call ', ' go out with ', ' have ', ' meet ', ' phone ', ' see ', ' speak to ', ' talk to ', ' text ', ' visit '), (' her ', ' him ', ' me ', ' us ')), True, 'dnrw'),
    )),
    # 108 coercion
    'dc93c11800ca': ((196,), (
        (((' let ',), (' get a job', ' have a job', ' have a phone', ' have my own account', ' have my own friends', ' have my own money', ' have my own phone', ' keep my job', ' work'), (' her ', ' him ', ' me ')), True, 'dw'),
    )),
    # 109 coercion
    '63170230008a': ((132,), (
        (((' give up ', ' leave ', ' quit '), ('forced ', 'forces ', 'made ', 'makes '), ('give up', 'leave', 'quit')), True, 'fm'),
    )),
    # 110 coercion
    '71fa48fe010c': ((111, 150), (
        ((('permission ',),), True, 'hn'),
        (((' permission ',), ('have to get ', 'must get ', 'need ', 'needs '), ('have to get', 'must get', 'need')), True, 'hmn'),
    )),
    # 111 coercion
    'b765de7c00e5': ((43, 179), (
        ((('isolated ', 'isolates ', 'isolating '),), True, 'i'),
        ((('cut ', 'cuts ', 'cutting '), (' from ',), (' off ',)), True, 'c'),
    )),
    # 112 coercion
    '666c97ae004e': ((72,), (
        (((' sleep ',), (' until',)), True, 'dw'),
    )),
    # 113 coercion
    '72304cde0169': ((354,), (
        ((('locked ',), (' apartment', ' flat', ' home', ' house')), True, 'l'),
    )),
    # 114 coercion
    '8a520c640085': ((127,), (
        ((('broke ', 'hid ', 'hidden ', 'hides ', 'smashed ', 'takes ', 'took '), (' phone',), ('call', 'contact', 'get help', 'leave', 'reach')), True, 'bhst'),
    )),
    # 115 prevented_leaving
    'bdd530a000ca': ((196,), (
        (((' let ',), (' drive away', ' drive off', ' escape', ' get away', ' go', ' leave', ' out', ' walk away'), ("didn't ", "doesn't ", 'never ', 'refused to ', 'refuses to ', "won't ", "wouldn't ")), True, 'dnrw'),
    )),
    # 116 prevented_leaving
    'a3a4c05101f1': ((490,), (
        ((('blocked ', 'blocking ', 'blocks ', 'keeping ', 'keeps ', 'kept ', 'prevented ', 'preventing ', 'prevents ', 'stopped ', 'stopping ', 'stops '), (' calling', ' escaping', ' getting away', ' getting out', ' going', ' leaving', ' phoning', ' running', ' walking out')), True, 'bkps'),
    )),
    # 117 prevented_leaving
    'a19a2caa00fc': ((154, 59, 31), (
        ((('barred ', 'barricaded ', 'bars ', 'block ', 'blocked ', 'blocking ', 'blocks '), (' door', ' exit', ' hallway', ' stairs', ' way out'), ('door', 'exit', 'hallway', 'stairs', 'way out')), True, 'b'),
        ((('blocked ', 'blocking ', 'blocks '), (' path', ' way')), True, 'b'),
        ((('blocked her in', 'blocked him in', 'blocked me in'), ('blocked ',)), True, 'b'),
    )),
    # 118 prevented_leaving
    '29a5d51e0091': ((139,), (
        (((' door', ' exit'), ('stand ', 'standing ', 'stands ', 'stood '), ('door', 'exit')), True, 's'),
    )),
    # 119 prevented_leaving
    '6adc11a101c1': ((443,), (
        (((' attempt ', ' attempted ', ' get up ', ' go ', ' got up ', ' start ', ' started ', ' tried ', ' try ', ' want ', ' wanted ', ' went '), ('chased', 'chases', 'dragged', 'drags', 'followed', 'follows', 'gets in front', 'got in front', 'grabbed', 'grabs', 'held', 'hid', 'holds', 'locked', 'locks', 'pulled', 'pulls', 'pushed', 'pushes', 'sat', 'shoved', 'shoves', 'sits', 'stands', 'stood', 'takes', 'took', "won't", "wouldn't"), (' i ',)), True, 'aew'),
    )),
    # 120 prevented_leaving
    '62c03a8c016f': ((227, 133), (
        (((' door',), ('keys', 'phone')), True, 'kp'),
        ((('keys', "so i can't", 'so i cannot', 'so i could not', "so i couldn't"), ('locked ',), (' door',)), True, 'l'),
    )),
    # 121 prevented_leaving
    '4d458acf013f': ((312,), (
        ((('locked ',), (' in',)), True, 'l'),
    )),
    # 122 prevented_leaving
    '30eee35001a8': ((418,), (
        ((("can't get anywhere", "can't go", 'cannot get anywhere', 'cannot go', 'could not get anywhere', 'could not go', "couldn't get anywhere", "couldn't go", 'drive away', 'escape', 'get away', 'get out', 'go anywhere', 'leave', 'no way to get', 'no way to go', 'stuck at home', 'stuck in the flat', 'stuck in the house'), ('confiscated', 'hid', 'keeping', 'keeps', 'kept', 'taken', 'takes', 'taking', 'took')), True, 'chkt'),
    )),
    # 123 abuse
    'a1f262d4030f': ((775,), (
        ((('abused ', 'abuses ', 'abusing ', 'abusive', 'domestic ', 'economic abuse', 'emotional abuse', 'emotionally abus', 'financial abuse', 'financially abus', 'physical abuse', 'psychologically abus', 'sexual abuse', 'sexually abus', 'verbal abuse', 'verbally abus'),), True, 'adefpsv'),
    )),
    # 124 strangulation
    '4c916dfe01b7': ((153, 60, 119, 37, 8, 51), (
        (((' neck', ' throat', ' windpipe'), ('arm', 'elbow', 'fingers', 'hand', 'knee', 'thumb'), ('neck', 'throat', 'windpipe')), True, 'aefhkt'),
        (((' neck', ' throat'), ('by ', 'round '), ('neck', 'throat')), True, 'abr'),
        (((' neck', ' throat', ' windpipe'), ('pressed', 'presses', 'pressing', 'pushed', 'pushing', 'squeez'), ('neck', 'throat', 'windpipe')), True, 'ps'),
        ((('pillow over her face', 'pillow over his face', 'pillow over my face'), ('pillow ',), (' face',)), True, 'p'),
        ((('headlock',),), True, 'h'),
        (((' air', ' breathing'), ('cut off my air', 'cut off my breathing', 'cuts off my air', 'cuts off my breathing', 'cutting off my air', 'cutting off my breathing'), ('cut ', 'cuts ', 'cutting ')), True, 'c'),
    )),
    # 125 strangulation
    'f01c8d5b0102': ((143, 36, 44, 26), (
        ((('bruis', 'mark'), (' her ', ' his ', ' my '), (' jaw', ' neck', ' throat')), True, 'bfmr'),
        (((' spots', ' stars'), ('pots', 'tars'), ('saw spots', 'saw stars', 'see spots', 'see stars', 'seeing spots', 'seeing stars')), True, 's'),
        (((' blacked ', ' passed '), ('blacked', 'passed'), ('almost blacked out', 'almost passed out', 'nearly blacked out', 'nearly passed out')), True, 'an'),
        ((('blacked out', 'passed out'), ('blacked ', 'passed '), ('blacked', 'passed')), True, 'bp'),
    )),
    # 126 weapon
    '175234c1021b': ((533,), (
        ((('axe', 'bat', 'blade', 'bottle', 'cleaver', 'crowbar', 'gun', 'hammer', 'knife', 'knives', 'lighter', 'machete', 'pistol', 'rifle', 'scissors', 'screwdriver', 'weapon'), ('came at her with', 'came at him with', 'came at me with', 'held', 'hold', 'point', 'pressed', 'presses', 'pulled', 'pulling', 'pulls', 'put', 'raised', 'stood over me with', 'threatened her with', 'threatened him with', 'threatened me with', 'waved', 'waves', 'waving')), True, 'chprstw'),
    )),
    # 127 weapon
    '3fa3206d0163': ((184, 101, 62), (
        ((('axe ', 'blade ', 'gun ', 'hammer ', 'knife ', 'knives ', 'machete ', 'pistol ', 'rifle ', 'scissors ', 'weapon '), ('axe', 'blade', 'gun', 'hammer', 'knife', 'knives', 'machete', 'pistol', 'rifle', 'scissors', 'weapon')), True, 'abghkmprsw'),
        (((' blade ', ' gun ', ' knife ', ' weapon '), ('blade', 'gun', 'knife', 'weapon'), ('draws ', 'drew ', 'pulled ', 'pulls ')), True, 'dp'),
        ((('came ',), (' with ',), (' at ',)), True, 'c'),
    )),
    # 128 weapon
    '9188bbbf013f': ((313,), (
        ((('blade', 'gun', 'knife', 'machete', 'pistol', 'rifle'), ('after i', 'after we', 'bedside', 'divorce', 'mattress', 'pillow', 'separate', 'since ', 'so i know', 'when we argue', 'when we fight', 'when we row'), ('after i', 'after we', 'bedside', 'divorce', 'mattress', 'pillow', 'separate', 'since i', 'since we', 'so i know', 'when we argue', 'when we fight', 'when we row')), True, 'bcghkls'),
    )),
    # 129 monitoring
    '10e1dc2903fd': ((266, 185, 158, 81, 120, 106, 93), (
        ((('monitor', 'track'), (' her', ' him', ' me', ' my'), ('monitor ', 'monitored ', 'monitoring ', 'monitors ', 'track ', 'tracked ', 'tracking ', 'tracks ')), True, 'mt'),
        ((('air tag ', 'airtag ', 'gps ', 'spyware ', 'stalkerware ', 'tile ', 'tracker ', 'tracking app '), ('air tag', 'airtag', 'gps', 'spyware', 'stalkerware', 'tile', 'tracker', 'tracking app')), True, 'agst'),
        (((' location', ' photo', ' picture', ' screenshot'), (' me ',), ('location', 'photo', 'picture', 'screenshot')), True, 'fm'),
        (((' allowed ',), (' a ',), (' lock', ' passcode', ' password', ' pin')), True, 'n'),
        ((('broke ', 'hacked ', 'hacks ', 'logged ', 'logging ', 'logs '), (' account', ' bank', ' email', ' facebook', ' icloud', ' instagram', ' phone', ' whatsapp'), ('broke', 'hacked', 'hacks', 'logged', 'logging', 'logs')), True, 'bhl'),
        (((' logins', ' passcodes', ' passwords'), ('logins', 'passcodes', 'passwords')), True, 'dhktw'),
        ((('app ', 'software '), (' phone ',), (' install', ' put')), True, 'as'),
    )),
    # 130 monitoring
    '99a6ace8011a': ((276,), (
        ((('check ', 'checked ', 'checking ', 'checks ', 'goes through ', 'going through ', 'listens to ', 'read ', 'reading ', 'reads ', 'screenshot ', 'screenshots ', 'went through '), (' my ',), (' browser history', ' call log', ' chats', ' diary', ' dms', ' email', ' messages', ' mileage', ' phone', ' search history', ' texts', ' voice notes', ' whatsapp')), True, 'cglrsw'),
    )),
    # 131 stalking
    '40b3a7f901e3': ((83, 93, 26, 25, 157, 88), (
        ((('follow ', 'followed ', 'following ', 'follows '),), True, 'f'),
        ((('barring order', 'no contact order', 'no-contact order', 'non-molestation order', 'protection order', 'protective order', 'restraining order'), ('barring ', 'no contact ', 'no-contact ', 'non-molestation ', 'protection ', 'protective ', 'restraining '), ('barring', 'no contact', 'no-contact', 'non-molestation', 'protection', 'protective', 'restraining')), True, 'bnpr'),
        ((("won't leave me alone",), ("won't ",), (' alone',)), True, 'w'),
        ((('wont leave me alone',), ('wont ',), (' alone',)), True, 'w'),
        (((' account', ' number', ' profile'), ('burner ', 'different ', 'fake ', 'new ', 'other '), ('account', 'number', 'profile')), True, 'abdfno'),
        (((' calls', ' messages', ' texts'), ('calls', 'messages', 'texts')), True, None),
    )),
    # 132 stalking
    '93d1e4680031': ((43,), (
        ((('stalk',),), True, 's'),
    )),
    # 133 stalking
    'd4ad5b950236': ((560,), (
        ((('drive past ', 'drives past ', 'driving past ', 'drove past ', 'hang around ', 'hangs around ', 'hung around ', 'park ', 'parked ', 'parking ', 'parks ', 'sat ', 'show up ', 'showed up ', 'shows up ', 'sits ', 'sitting ', 'turn up ', 'turned up ', 'turning up ', 'turns up ', 'wait ', 'waited ', 'waiting ', 'waits ', 'walk past ', 'walked past ', 'walks past '), (' door', ' flat', ' gym', ' house', ' job', " mam's", ' mams', " mom's", ' moms', " mum's", ' mums', ' office', ' place', ' road', ' school', ' street', ' work'), ('across from ', 'at ', 'by ', 'near ', 'outside ', 'round ')), True, 'dhpstw'),
    )),
    # 134 isolation
    '1b74bd29020e': ((116, 38, 128, 151, 83), (
        (((' block', ' cut off', ' delete', ' give up my', ' give up seeing', ' stop seeing', ' unfriend'), (' me ',), ('block', 'cut off', 'delete', 'give up my', 'give up seeing', 'stop seeing', 'unfriend')), True, 'fm'),
        ((('cut me off from', 'cuts me off from', 'cutting me off from'), ('cut ', 'cuts ', 'cutting '), (' off ',)), True, 'c'),
        (((' allowed ',), (' out', ' to call', ' to have friends', ' to ring', ' to see', ' to speak', ' to talk', ' to visit')), True, 'n'),
        (((' let ',), (' call ', ' go out ', ' have ', ' ring ', ' see ', ' speak to ', ' talk to ', ' visit '), (' me ',)), True, 'dnw'),
        ((('answers ', 'reads ', 'screens '), ('answers', 'reads', 'screens')), True, 'ars'),
    )),
    # 135 coercion
    '4ccbdc2702fa': ((72, 107, 82, 173, 101, 126, 44, 44), (
        ((('account ', 'answer '), (' every ',), (' cent', ' euro', ' hour', ' minute', ' penny', ' pound')), True, 'a'),
        ((('cash ', 'money ', 'permission '), (' ask ',), (' to ',)), True, 'hn'),
        (((' allowed ',), ('never ', 'not ')), True, 'n'),
        (((' card', ' money', ' papers', ' passport', ' pay', ' salary', ' visa', ' wage'), ('has ', 'keeps ', 'kept ', 'takes ', 'took ')), True, 'hkt'),
        ((('checks ', 'goes through ', 'questions '), (' every ',), ('checks', 'goes through', 'questions')), True, 'cgq'),
        ((('in my name',), (' name',), ('credit card', 'debt', 'loan', 'mortgage')), True, 'pt'),
        ((('cut up my bank card', 'cut up my card', 'cuts up my bank card', 'cuts up my card'), ('cut ', 'cuts '), (' card',)), True, 'c'),
        (((' beg',),), True, 'm'),
    )),
    # 136 coercion
    '2ce2270a00b5': ((110, 20, 43), (
        ((('chooses', 'chose', 'control', 'decide', 'picks'), (' what ',), (' i ',)), True, 'cdp'),
        ((('punish',),), True, 'p'),
        ((("won't let me eat", "won't let me sleep", 'wont let me eat', 'wont let me sleep'), (' eat', ' sleep'), ("won't ", 'wont ')), True, 'w'),
    )),
    # 137 sexual
    '8ca6acd9046f': ((184, 113, 51, 100, 209, 166, 97, 58, 72, 70), (
        (((' he ', ' she ', ' they '), (' no', ' stop'), ('said', 'say', 'told her', 'told him', 'told them')), True, 'st'),
        (((' stop ',), (' asked', ' begged', ' cried', ' said', ' told'), (' when ',)), True, 'dnw'),
        ((('owe ', 'owed ', 'owes '), (' it', ' sex')), True, 'o'),
        ((('intimate ', 'naked ', 'nudes', 'sex tape'), ('intimate images', 'intimate photos', 'intimate pictures', 'intimate videos', 'naked photos', 'naked pics', 'naked pictures', 'nudes', 'sex tape')), True, 'ins'),
        (((' photos ', ' pics ', ' pictures ', ' videos '), ('photos', 'pics', 'pictures', 'videos')), True, 'ps'),
        ((('had sex with me ', 'having sex with me ', 'on top of me '), ('had sex with me', 'having sex with me', 'on top of me'), (' asleep', ' drunk', ' passed out', ' sleeping', ' unconscious', ' woke')), True, 'ho'),
        (((' having sex', ' on top', ' touching'), ('having sex', 'on top', 'touching'), ('wake ', 'woke ')), True, 'w'),
        ((('filmed ',), ('filmed me', 'filmed us')), True, 'f'),
        ((("doesn't take no for an answer in bed", 'doesnt take no for an answer in bed', "won't take no for an answer in bed", 'wont take no for an answer in bed'), (' take ',), (' answer ',)), True, 'dw'),
        (((' along ',),), True, 'gw'),
    )),
    # 138 caused_harm
    '489d141f024c': ((149, 238, 87, 105), (
        ((('afraid of me', 'frightened of me', 'petrified of me', 'scared of me', 'terrified of me'),), True, 'hst'),
        ((('frightened ', 'scared ', 'terrified '), (' her', ' him', ' my boyfriend', ' my girlfriend', ' my husband', ' my partner', ' my wife', ' the kids', ' them'), ('frightened', 'scared', 'terrified')), True, 'i'),
        ((('cowers', 'flinch', 'jumps', 'shrinks'), ('every time i', 'if i', 'when i', 'whenever i')), True, 'cfjs'),
        ((('a person ', 'someone '), (' is ',), ('a person', 'someone')), True, 'as'),
    )),
    # 139 property_intimidation
    '1b8a1bb70175': ((367,), (
        ((('binned', 'bleach', 'breaking', 'breaks', 'broke', 'burn', 'cut up', 'destroy', 'ripped', 'rips', 'smash', 'snapped', 'stamped on', 'stamps on', 'tears', 'threw', 'throwing', 'throws', 'tore', 'wreck'), (' my ',), (' belongings', ' books', ' car', ' certificates', ' clothes', ' glasses', ' guitar', ' ipad', ' jewellery', ' jewelry', ' keys', ' laptop', ' paintings', ' passport', ' phone', ' photos', ' plants', ' records', ' stuff', ' tablet', ' things')), True, 'bcdrstw'),
    )),
    # 140 property_intimidation
    'cdf3679c00f4': ((238,), (
        (((' bird', ' cat', ' dog', ' kitten', ' pet', ' puppy', ' rabbit'), ('chok', 'drown', 'hit', 'hurt', 'kick', 'punch', 'stamp', 'stomp', 'strangl', 'threw', 'throwing', 'throws'), ('bird', 'cat', 'dog', 'kitten', 'pet', 'puppy', 'rabbit')), True, 'cdhkpst'),
    )),
    # 141 property_intimidation
    '603b20f4011c': ((215, 62), (
        ((('drive ', 'drives ', 'driving ', 'drove ', 'sped ', 'speeding '), ('begging', 'frighten', 'punish', 'scare', 'screaming', 'teach me', 'to make a point'), ('at ', 'dangerously', 'fast', 'like a maniac', 'recklessly')), True, 'ds'),
        (((' wheel',), (' the steering wheel', ' the wheel'), ('grab', 'pull', 'yank')), True, 'gpy'),
    )),
}
