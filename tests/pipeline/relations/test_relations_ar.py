"""Arabic relation rules (kg/lang/ar/relations.yaml), each shown on a wire-style sentence
of our own with other actors and places than the rule's comment, so a pass means the rule
generalises rather than fits its example."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case
from kg.model import ASSERTED, DENIED, REPORTED
from kg.pipeline.patterns import load_rules
from kg.keys import mint_key
from tests.pipeline.relations.test_relations_press import AR_CASES  # this round's cases count too
from tests.pipeline.relations.test_relations_backing_by_groups import CASES as BACKING_CASES  # seventh round
from tests.pipeline.relations.test_relations_joined_backers import CASES as JOINED_CASES, REPORTED_CASES  # eighth round
from tests.pipeline.relations.test_relations_received_backing import CASES as RECEIVED_CASES  # ninth round
from tests.pipeline.relations.test_relations_leaders_pairs import CASES as TENTH_CASES, ALLIED as TENTH_ALLIED  # tenth round
from tests.pipeline.relations.test_relations_served_respective import CASES as ELEVENTH_CASES  # eleventh round
from tests.pipeline.relations.test_relations_under_ranks import CASES as TWELFTH_CASES  # twelfth round
from tests.pipeline.relations.test_relations_appointed_brackets import CASES as THIRTEENTH_CASES  # thirteenth round
from tests.pipeline.relations.test_relations_posts_in_group import CASES as THIRTEENTH_CONFLICT_CASES  # thirteenth round
from tests.pipeline.relations.test_relations_units_appositions import CASES as THIRTEENTH_LEFT_CASES  # thirteenth round
from tests.pipeline.relations.test_relations_titles_in_denials import CASES as FOURTEENTH_CASES  # round i13a14
from tests.pipeline.relations.test_relations_appointments_headings import CASES as FIFTEENTH_CASES  # round i13a15
from tests.pipeline.relations.test_relations_bare_parliament import CASES as BARE_PARLIAMENT_CASES  # round i12x1
from tests.pipeline.relations.test_relations_operation_backers import CASES as NEW_ARTICLE_CASES  # round i13a17
from tests.pipeline.relations.test_relations_aides_payments import CASES as AIDES_CASES  # round i13h27
from tests.pipeline.relations.test_relations_sites_including import CASES as SITES_CASES  # round i13h27
from tests.pipeline.relations.test_relations_killed_named import CASES as KILLED_CASES  # round i13h27
from tests.pipeline.relations.test_relations_noun_backing import CASES as NOUN_BACKING_CASES  # round i13h28
from tests.pipeline.relations.test_relations_chains_owners import CASES as CHAINS_OWNERS_CASES  # round i13k32
from tests.pipeline.relations.test_relations_deputy_chain_backing import CASES as DEPUTY_CHAIN_CASES  # round i13k33
from tests.pipeline.relations.test_relations_group_nouns_support_nouns import CASES as CENSUS_CASES
from tests.pipeline.relations.test_relations_obituary_posts import CASES as OBITUARY_CASES  # seventh real round
from tests.pipeline.relations.test_relations_unseen_census import CASES as UNSEEN_CASES  # census, issue 13
from tests.pipeline.relations.test_relations_institutions import CASES_AR as INSTITUTION_CASES  # institutions, issue 13
from tests.pipeline.relations.test_relations_noun_stances import CASES as NOUN_STANCE_CASES  # eighth real round
from tests.pipeline.relations.test_relations_commander_lists import CASES as COMMANDER_CASES  # eighth real round
from tests.pipeline.relations.test_relations_partitive_appositions import CASES as NINTH_REAL_CASES  # ninth real round
from tests.pipeline.relations.test_relations_descriptor_kinds import CASES as DESCRIPTOR_CASES  # ninth round, kinds 2, 3, 5
from tests.pipeline.relations.test_relations_quoted_lists import CASES as QUOTED_LIST_CASES  # ninth real round




CASES = [
    # --- supports ---------------------------------------------------------------------
    case("ar.supports.its_support_for",
         "وجددت روسيا دعمها للحكومة السورية في مواجهة الفصائل.",
         ("russia", "supports", "syria_government")),
    case("ar.supports.loyal_to",
         "وأعلنت عصائب أهل الحق الموالية لطهران تعليق عملياتها العسكرية.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.supports.backed_by",
         "ونقل حزب الله المدعوم من طهران أسلحة إلى جنوب لبنان.",
         ("iran", "supports", "hezbollah")),
    case("ar.supports.backed_adverb",
         "وسيطرت قوات سوريا الديمقراطية المدعومة أمريكياً على بلدات في ريف دير الزور.",
         ("usa", "supports", "sdf")),
    case("ar.supports.allied_to_state",
         "ونفت منظمة بدر المقربة من طهران أي علاقة لها بالحادث.",
         ("iran", "supports", "badr")),
    case("ar.supports.which_supports_them",
         "وحمّلت إسرائيل المسؤولية لحزب الله ولإيران التي تدعمه.",
         ("iran", "supports", "hezbollah")),
    case("ar.supports.which_it_supports",
         "واتهمت واشنطن طهران بالوقوف وراء حركة الجهاد الإسلامي التي تمولها.",
         ("iran", "supports", "pij")),
    case("ar.supports.subject_verb",
         "طهران تمول حركة حماس منذ سنوات.",
         ("iran", "supports", "hamas")),
    case("ar.supports.pronoun_subject",
         "وفرضت الولايات المتحدة عقوبات على طهران لأنها تسلح حزب الله.",
         ("iran", "supports", "hezbollah")),
    case("ar.supports.verb_subject",
         "وتمول طهران حركة الجهاد الإسلامي منذ تسعينيات القرن الماضي.",
         ("iran", "supports", "pij")),
    case("ar.supports.gives_means",
         "وأرسلت طهران الصواريخ والأموال إلى جماعة الحوثي وحزب الله طوال سنوات.",
         ("iran", "supports", "houthis")),
    case("ar.supports.receives_means_from",
         "ويتلقى الحوثيون التدريب والأسلحة من فيلق القدس منذ سنوات.",
         ("quds_force", "supports", "houthis")),
    case("ar.member.verb_first_belongs",
         "وتنتمي عصائب أهل الحق وكتائب سيد الشهداء إلى هيئة الحشد الشعبي منذ تأسيسها.",
         ("asaib_ahl_al_haq", "memberOf", "pmf"), ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("ar.member.verb_first_consists",
         "وتتألف المقاومة الإسلامية في العراق من كتائب حزب الله والنجباء وفصائل أصغر.",
         ("kataib_hezbollah", "memberOf", "islamic_resistance_iraq"), ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.counted_as_part",
         "ويعتبر حزب الله جزءا أساسيا من محور المقاومة الذي تقوده طهران.",
         ("hezbollah", "memberOf", "axis_of_resistance")),
    case("ar.supports.link_to_attacks",
         "وتحدث التقرير عن تورط إيران بالهجمات التي تشنها كتائب حزب الله في العراق.",
         ("iran", "supports", "kataib_hezbollah")),
    case("ar.supports.with_support_of",
         "وتقدمت قوات سوريا الديمقراطية بدعم من واشنطن نحو مدينة الرقة.",
         ("usa", "supports", "sdf")),
    case("ar.supports.which_named_backer_supports",
         "وانتشرت قوات سوريا الديمقراطية التي تدعمها واشنطن في الحرب على تنظيم داعش قرب الحسكة.",
         ("usa", "supports", "sdf"), ("sdf", "opposes", "isis")),
    case("ar.supports.proxy_apposition",
         "وأطلقت حركة النجباء، التي تعتبر من أبرز وكلاء إيران، صواريخ على إسرائيل.",
         ("iran", "supports", "nujaba")),
    case("ar.supports.backed_by",
         "وتبنت كتائب سيد الشهداء، المدعومة من الحرس الثوري، هجوما على قاعدة حرير.",
         ("irgc", "supports", "kataib_sayyid_al_shuhada")),
    case("ar.supports.proxy_apposition",
         "ويعد حزب الله، أبرز حلفاء إيران في المنطقة، القوة الأكبر في لبنان.",
         ("iran", "supports", "hezbollah")),
    case("ar.supports.arm_of",
         "وتعتبر حركة حماس كتائب القسام ذراعها العسكرية.",
         ("hamas", "supports", "qassam_brigades")),
    case("ar.opposes.fights_verb_first",
         "وتقاتل قوات سوريا الديمقراطية تنظيم داعش في ريف دير الزور.",
         ("sdf", "opposes", "isis")),
    # --- memberOf ---------------------------------------------------------------------
    case("ar.member.enrolled_in",
         "وتعد كتائب سيد الشهداء المنضوية في الحشد الشعبي من أبرز الفصائل.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("ar.member.affiliation_noun",
         "وأكدت مصادر انضمام حركة النجباء إلى المقاومة الإسلامية في العراق.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.one_of",
         "وتبنت عصائب أهل الحق، إحدى أبرز فصائل الحشد الشعبي، موقفا متشددا.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    case("ar.member.arm_of",
         "وقالت كتائب القسام، الجناح العسكري لحركة حماس، إنها قصفت تل أبيب.",
         ("qassam_brigades", "memberOf", "hamas")),
    case("ar.member.role_in_org",
         "واغتالت إسرائيل القيادي في حركة حماس صالح العاروري في الضاحية الجنوبية.",
         ("arouri", "memberOf", "hamas")),
    case("ar.member.enrolled_in",
         "وأعلنت حركة النجباء، المقربة من طهران والمنضوية في المقاومة الإسلامية في العراق، مسؤوليتها.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.body_title_person",
         "وأكد عضو المجلس السياسي لجماعة الحوثي محمد البخيتي استمرار العمليات البحرية.",
         ("mohammed_bukhaiti", "memberOf", "houthis")),
    case("ar.member.person_role_in_org",
         "وقتل أبو تقوى السعيدي، القيادي في حركة النجباء، بضربة في بغداد.",
         (mint_key("أبو تقوى السعيدي"), "memberOf", "nujaba")),
    case("ar.member.part_of",
         "ويقاتل لواء فاطميون، الذي يعد جزءاً من فيلق القدس، في سوريا.",
         ("fatemiyoun", "memberOf", "quds_force")),
    case("ar.member.subordinate",
         "وانتشر عناصر من لواء زينبيون التابع للحرس الثوري قرب البوكمال.",
         ("zainabiyoun", "memberOf", "irgc")),
    case("ar.member.within",
         "وتبنت حركة النجباء العاملة ضمن المقاومة الإسلامية في العراق الهجوم.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.includes",
         "ويسيطر الحشد الشعبي، الذي يضم منظمة بدر وعصائب أهل الحق، على مناطق واسعة.",
         ("badr", "memberOf", "pmf"), ("asaib_ahl_al_haq", "memberOf", "pmf")),
    # --- leaderOf ---------------------------------------------------------------------
    case("ar.leader.person_title_org",
         "واجتمع السوداني مع هادي العامري، الأمين العام لمنظمة بدر، في بغداد.",
         ("amiri", "leaderOf", "badr")),
    case("ar.leader.title_org_person",
         "وقال الأمين العام لحركة عصائب أهل الحق قيس الخزعلي إن الفصائل ملتزمة بالهدنة.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("ar.leader.head_of_state",
         "واستقبل الرئيس الإيراني إبراهيم رئيسي وفدا من حركة حماس.",
         ("raisi", "leaderOf", "iran")),
    case("ar.leader.led_by",
         "وشنت قوات التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع لتنظيم داعش.",
         ("usa", "leaderOf", "coalition")),
    case("ar.leader.which_is_led_by",
         "وتملك منظمة بدر التي يقودها هادي العامري كتلة كبيرة في البرلمان.",
         ("amiri", "leaderOf", "badr")),
    case("ar.leader.leads_named",
         "وتقود الولايات المتحدة منذ أواخر العام الماضي تحالفا بحريا يعرف باسم حارس الازدهار.",
         ("usa", "leaderOf", "prosperity_guardian")),
    case("ar.leader.region_government_head",
         "وبعد زيارة إقليم كردستان، أعلن رئيس حكومة الإقليم مسرور بارزاني خطة جديدة للطاقة.",
         ("barzani_masrour", "leaderOf", "kurdistan_region")),
    case("ar.leader.verb",
         "ويتزعم عبد الملك الحوثي جماعة أنصار الله منذ عام 2004.",
         ("abdul_malik_houthi", "leaderOf", "houthis")),
    # --- spokespersonOf ---------------------------------------------------------------
    case("ar.spokes.title_org_person",
         "وقال الناطق باسم حركة حماس وعضو مكتبها السياسي حازم قاسم إن الحركة ترفض العرض.",
         (mint_key("حازم قاسم"), "spokespersonOf", "hamas")),
    case("ar.spokes.title_org_person",
         "وقال المتحدث باسم كتائب حزب الله جعفر الحسيني إن الهدنة انتهت.",
         (mint_key("جعفر الحسيني"), "spokespersonOf", "kataib_hezbollah")),
    case("ar.spokes.person_title_org",
         "وقال أبو عبيدة، الناطق العسكري باسم كتائب القسام، إن المقاتلين دمروا دبابات.",
         ("abu_obeida", "spokespersonOf", "qassam_brigades")),
    case("ar.spokes.role_opened",
         "وأصدر المتحدث باسم حركة حماس بيانا مساء الثلاثاء. "
         "وقال المتحدث حازم قاسم إن الحركة لن توافق على الاتفاق.",
         (mint_key("حازم قاسم"), "spokespersonOf", "hamas")),
    case("ar.spokes.role_filled",
         "وأصدر المتحدث باسم حركة حماس بيانا مساء الثلاثاء. "
         "وقال المتحدث حازم قاسم إن الحركة لن توافق على الاتفاق.",
         (mint_key("حازم قاسم"), "spokespersonOf", "hamas")),
    # --- officialOf -------------------------------------------------------------------
    case("ar.official.title_state_person",
         "وأجرى وزير الدفاع الأمريكي لويد أوستن اتصالا بنظيره الإسرائيلي.",
         ("austin", "officialOf", "usa")),
    case("ar.official.person_title_state",
         "وقال أنتوني بلينكن، وزير الخارجية الأمريكي، إن واشنطن لا تريد توسيع الحرب.",
         ("blinken", "officialOf", "usa")),
    case("ar.official.minister_of_state",
         "والتقى وزير خارجية إيران حسين أمير عبد اللهيان بنظيره العراقي.",
         ("amir_abdollahian", "officialOf", "iran")),
    case("ar.official.title_body_person",
         "وهدد وزير الدفاع في حكومة الحوثيين محمد العاطفي بتوسيع الهجمات.",
         ("atifi", "officialOf", "houthi_government")),
    case("ar.official.prime_minister_of",
         "وقال رئيس وزراء إسرائيل بنيامين نتنياهو إن الحرب ستستمر.",
         ("netanyahu", "officialOf", "israel")),
    case("ar.official.prime_minister",
         "وقال رئيس الوزراء محمد شياع السوداني إن الهجمات في العراق تضر بمصالح البلاد.",
         ("sudani", "officialOf", "iraq")),
    case("ar.official.ministry_person",
         "وقال جون كيربي، مستشار البيت الأبيض لشؤون الأمن القومي، إن الرد سيكون متعدد المراحل.",
         ("kirby", "officialOf", "white_house")),
    # --- opposes ----------------------------------------------------------------------
    case("ar.opposes.anti",
         "وتقود قوات سوريا الديمقراطية المناهضة لتنظيم داعش حملة في ريف الحسكة.",
         ("sdf", "opposes", "isis")),
    case("ar.opposes.war_between",
         "وتصاعدت المواجهات بين حزب الله وإسرائيل على الحدود الجنوبية.",
         ("hezbollah", "opposes", "israel"), ("israel", "opposes", "hezbollah")),
    case("ar.opposes.against",
         "وتتواصل عمليات كتائب القسام ضد الجيش الإسرائيلي في خان يونس.",
         ("qassam_brigades", "opposes", "idf")),
    case("ar.opposes.exchange_fire",
         "وتبادلت حركة حماس المدعومة من طهران وإسرائيل الاتهامات بعرقلة الاتفاق.",
         ("hamas", "opposes", "israel"), ("israel", "opposes", "hamas")),
    case("ar.opposes.exchange_fire",
         "وتتبادل القوات الأمريكية وكتائب حزب الله الضربات منذ أشهر.",
         ("usa", "opposes", "kataib_hezbollah"), ("kataib_hezbollah", "opposes", "usa")),
    case("ar.opposes.fights",
         "حركة حماس تواجه الجيش الإسرائيلي في رفح منذ أسابيع.",
         ("hamas", "opposes", "idf")),
    # --- alliedWith -------------------------------------------------------------------
    case("ar.allied.states",
         "وشاركت بريطانيا الحليفة للولايات المتحدة في الضربات على اليمن.",
         ("uk", "alliedWith", "usa")),
    case("ar.allied.groups",
         "وأعلنت حركة الجهاد الإسلامي الحليفة لحركة حماس مقتل عدد من عناصرها.",
         ("pij", "alliedWith", "hamas")),
    case("ar.allied.alliance_between",
         "وانهار التحالف بين الحزب الديمقراطي الكردستاني والاتحاد الوطني الكردستاني بعد الانتخابات.",
         ("kdp", "alliedWith", "puk")),
    # --- locatedIn --------------------------------------------------------------------
    case("ar.located.site_in_area",
         "وسقطت طائرة مسيرة داخل قاعدة حرير في أربيل.",
         ("harir", "locatedIn", "erbil")),
    case("ar.located.site_glued_in_area",
         "وتعرضت قاعدة بلد الجوية بمحافظة صلاح الدين لقصف صاروخي.",
         ("balad_air_base", "locatedIn", "salahuddin")),
    case("ar.located.site_after_modifier",
         "وسمع دوي انفجارات في حقل العمر التابع للقوات الأمريكية في محافظة دير الزور.",
         ("omar_field", "locatedIn", "deir_ez_zor")),
    case("ar.located.town_in_area",
         "وقصفت طائرات مجهولة مواقع في مدينة القائم غربي الأنبار.",
         ("qaim", "locatedIn", "anbar")),
    case("ar.located.town_in_area",
         "وسقطت قذائف على مدينة الميادين والبوكمال في ريف دير الزور الشرقي.",
         ("mayadin", "locatedIn", "deir_ez_zor"), ("albu_kamal", "locatedIn", "deir_ez_zor")),
    case("ar.located.site_in_territory",
         "وتقع قاعدة حميميم التي تديرها القوات الروسية منذ سنوات داخل الأراضي السورية.",
         ("hmeimim", "locatedIn", "syria")),
    case("ar.located.most_prominent",
         "ويحتفظ الجيش الأمريكي بعدة مواقع في العراق، أبرزها قاعدة عين الأسد.",
         ("ain_al_asad", "locatedIn", "iraq")),
    case("ar.located.capital_of",
         "ووصل المبعوث الأممي إلى صنعاء، عاصمة اليمن، يوم الاثنين.",
         ("sanaa", "locatedIn", "yemen")),
    case("ar.located.town_nisba",
         "وسقطت قذائف على مدينة حلب السورية فجر اليوم.",
         ("aleppo", "locatedIn", "syria")),
    # --- operatedBy -------------------------------------------------------------------
    case("ar.operated.site_of",
         "وتعرضت قاعدة الشدادي التابعة لقوات التحالف الدولي لهجوم بطائرة مسيرة.",
         ("shaddadi", "operatedBy", "coalition")),
    case("ar.operated.owned_by",
         "واستهدف الحوثيون ناقلة النفط \"مارلين لواندا\" المملوكة لبريطانيا في خليج عدن.",
         (mint_key("مارلين لواندا"), "operatedBy", "uk")),
    case("ar.operated.operates_it",
         'واستهدف الحوثيون السفينة "ستار ناسيا" في البحر الأحمر، وهي ناقلة تشغلها شركة "ستار بالك" اليونانية.',
         (mint_key("ستار ناسيا"), "operatedBy", mint_key("شركة ستار بالك"))),
    case("ar.operated.nisba",
         "وسقطت صواريخ قرب قاعدة التنف الأمريكية على الحدود السورية الأردنية.",
         ("al_tanf", "operatedBy", "usa")),
    case("ar.operated.hosting",
         "واستهدفت طائرة مسيرة قاعدة حرير في أربيل التي تتمركز فيها القوات الأمريكية.",
         ("harir", "operatedBy", "usa")),
    # --- kinds of phrasing seen in the real press (issue 13), our own sentences ----------
    case("ar.supports.apposition_backed",
         "ونظمت عصائب أهل الحق، الحركة المسلحة المدعومة من طهران، مسيرة في البصرة.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.supports.apposition_backed",
         "وقالت حركة الجهاد الإسلامي، الفصيل الفلسطيني المحسوب على إيران، إنها ترفض الهدنة.",
         ("iran", "supports", "pij")),
    case("ar.supports.coalition_of_backed",
         "وأعلنت المقاومة الإسلامية في العراق، وهي مظلة تضم فصائل مسلحة مدعومة من إيران، قصف هدف في إيلات.",
         ("iran", "supports", "islamic_resistance_iraq")),
    case("ar.supports.backed_collective_names",
         "واتهمت واشنطن إيران ووكلاءها الحوثيين وحزب الله بتهديد الملاحة.",
         ("iran", "supports", "houthis"), ("iran", "supports", "hezbollah")),
    case("ar.supports.state_and_its_proxy",
         "وتسعى إيران وذراعها حركة الجهاد الإسلامي إلى التصعيد في الضفة.",
         ("iran", "supports", "pij")),
    case("ar.allied.and_its_ally",
         "وهددت إيران وحلفاؤها الحوثيون وحزب الله بتوسيع الحرب.",
         ("iran", "alliedWith", "houthis"), ("iran", "alliedWith", "hezbollah")),
    case("ar.member.mourned_by",
         "ونعت كتائب سيد الشهداء في بيان مقتضب القيادي أبو آلاء الولائي.",
         ("walai", "memberOf", "kataib_sayyid_al_shuhada")),
    case("ar.member.admitted_loss",
         "وأقرت حركة النجباء بمقتل أبو آلاء الولائي في الغارة.",
         ("walai", "memberOf", "nujaba")),
    case("ar.leader.at_the_head_of",
         "وكان أبو فدك المحمداوي، الذي وقف سنوات على رأس الحشد الشعبي، قد نجا من الضربة.",
         ("abu_fadak", "leaderOf", "pmf")),
    case("ar.located.area_then_sites",
         "وهاجمت الفصائل قاعدتين في سوريا، هما قاعدة حقل العمر وقاعدة قسرك.",
         ("omar_field", "locatedIn", "syria"), ("qasrak", "locatedIn", "syria")),
    case("ar.operated.controlled_by",
         "وسقط الصاروخ قرب مدينة صعدة الخاضعة لسيطرة جماعة الحوثي.",
         ("saada", "operatedBy", "houthis")),
    case("ar.operated.controlled_by",
         "واستهدفت الغارات مدينة صنعاء التي يسيطر عليها الحوثيون منذ سنوات.",
         ("sanaa", "operatedBy", "houthis")),
    case("ar.located.town_nisba",
         "وسقطت مسيرة في مدينة تعز الجبلية اليمنية.",
         ("taiz", "locatedIn", "yemen")),
    case("ar.supports.verbal_noun",
         "وتتهم إسرائيل طهران بتمويل حركة الجهاد الإسلامي وتسليحها.",
         ("iran", "supports", "pij")),
    case("ar.member.and_its_arm",
         "وفرضت واشنطن عقوبات على حركة حماس وجناحها العسكري كتائب القسام.",
         ("qassam_brigades", "memberOf", "hamas")),
    case("ar.member.in_group",
         "وقصفت الطائرات مقرا للواء 30 في الحشد الشعبي قرب الموصل.",
         (mint_key("لواء 30"), "memberOf", "pmf")),
    case("ar.member.role_in_org",
         "وقال النائب عن تحالف الفتح محمد مهدي البياتي إن الحكومة مقصرة.",
         (mint_key("محمد مهدي البياتي"), "memberOf", "fatah_alliance")),
    case("ar.leader.title_org_person",
         "وأكد الأمين العام لكتائب سيد الشهداء، الشيخ أبو آلاء الولائي، أن الرد قادم.",
         ("walai", "leaderOf", "kataib_sayyid_al_shuhada")),
    case("ar.member.group_announces_death",
         "وأعلنت كتائب سيد الشهداء في بيان مقتضب استشهاد القيادي أبو آلاء الولائي.",
         ("walai", "memberOf", "kataib_sayyid_al_shuhada")),
    case("ar.member.group_announces_death",
         "وذكرت حركة النجباء عبر قناتها أن شبل الزيدي قتل في الغارة.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    case("ar.leader.commander_of_unit",
         "واغتال مسلحون آمر لواء الطفوف في الحشد الشعبي قاسم مصلح في كربلاء.",
         (mint_key("قاسم مصلح"), "leaderOf", "liwa_al_tufuf")),
    case("ar.member.department_head",
         "وقال مدير إعلام هيئة الحشد الشعبي، أحمد الأسدي، إن الضحايا من المدنيين.",
         (mint_key("أحمد الأسدي"), "memberOf", "pmf")),
    case("ar.supports.apposition_backed",
         "وأعلنت منظمة بدر (جماعة مسلحة مقربة من طهران) تعليق مشاركتها.",
         ("iran", "supports", "badr")),
    case("ar.member.person_role_in_org",
         "وكان جواد الطليباوي هو أحد القياديين البارزين في عصائب أهل الحق.",
         ("jawad_tulaibawi", "memberOf", "asaib_ahl_al_haq")),
    case("ar.leader.its_leader",
         "وتعرضت حركة النجباء لضربة نجا منها أمينها العام أكرم الكعبي.",
         ("kaabi", "leaderOf", "nujaba")),
    case("ar.spokes.its_spokesman",
         "ونفت كتائب القسام الخبر، وقال المتحدث باسمها أبو عبيدة إن الأسرى أحياء.",
         ("abu_obeida", "spokespersonOf", "qassam_brigades")),
    case("ar.member.its_member",
         "وأقامت حركة النجباء مجلس عزاء حضره أحد قادتها شبل الزيدي.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    case("ar.member.unit_commander",
         "وقتلت الغارة قائد وحدة المسيرات في حركة حماس محمد علي حمادي.",
         (mint_key("محمد علي حمادي"), "memberOf", "hamas")),
    case("ar.leader.verb_object_first",
         "ويتزعم عصائب أهل الحق قيس الخزعلي منذ انشقاقه عن التيار الصدري.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("ar.member.consists_of",
         "وتبنى الإطار التنسيقي، الذي يتألف من منظمة بدر وعصائب أهل الحق وأحزاب أخرى، ترشيح الوزير.",
         ("badr", "memberOf", "coordination_framework"), ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    case("ar.leader.head_of_state",
         "وكان الرئيس الأمريكي السابق جو بايدن قد فرض عقوبات على الفصائل.",
         ("biden", "leaderOf", "usa")),
    case("ar.member.includes_most_prominent",
         "وتوعدت المقاومة الإسلامية في العراق، التي تضم عدة جماعات أبرزها عصائب أهل الحق وكتائب سيد الشهداء، بمواصلة الهجمات.",
         ("asaib_ahl_al_haq", "memberOf", "islamic_resistance_iraq"),
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.role_plural_names",
         "ونعت الحركة اثنين من أبرز قادة حركة النجباء هما أبو فدك المحمداوي وشبل الزيدي.",
         ("abu_fadak", "memberOf", "nujaba"), ("shibl_zaydi", "memberOf", "nujaba")),
    case("ar.member.names_then_plural_role",
         "واستهدفت الضربة أكرم الكعبي وشبل الزيدي القياديين في الحشد الشعبي.",
         ("kaabi", "memberOf", "pmf"), ("shibl_zaydi", "memberOf", "pmf")),
    case("ar.member.role_in_org",
         "ونعت الحركة القائد العسكري في حركة حماس يحيى السنوار.",
         ("sinwar", "memberOf", "hamas")),
    case("ar.member.role_in_org",
         "وقال مسؤول العلاقات الخارجية في حركة النجباء شبل الزيدي إن الحركة لن تتراجع.",
         ("shibl_zaydi", "memberOf", "nujaba")),
    # --- second round (issue 13): kinds checked on further real articles, our sentences --
    case("ar.supports.proxy_nisba",
         "وأطلقت كتائب سيد الشهداء العراقية، أحد الوكلاء الإيرانيين في العراق، مسيرات نحو الجولان.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("ar.supports.subordinate_to_state",
         "وتبنت عصائب أهل الحق التابعة لطهران الهجوم على القاعدة.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.supports.apposition_backed",
         "وحركة الجهاد الإسلامي هي إحدى الجماعات الفلسطينية الأقرب إلى طهران.",
         ("iran", "supports", "pij")),
    case("ar.member.head_noun_in",
         "وكتائب سيد الشهداء هي الفصيل الأكبر في ما يسمى بالمقاومة الإسلامية في العراق.",
         ("kataib_sayyid_al_shuhada", "memberOf", "islamic_resistance_iraq")),
    case("ar.member.one_of",
         "وأعلنت عصائب أهل الحق، إحدى فصائل ما يعرف بالإطار التنسيقي، رفضها للقرار.",
         ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    case("ar.spokes.title_org_person",
         "وقال المتحدث باسم كتائب حزب الله المدعومة من إيران، أبو علي العسكري، إن الرد قادم.",
         ("abu_ali_askari", "spokespersonOf", "kataib_hezbollah")),
    case("ar.located.site_clause_area",
         "وسقطت مسيرة على قاعدة حرير التي تستضيف جنودا أمريكيين شمالي العراق.",
         ("harir", "locatedIn", "iraq")),
    case("ar.operated.controlled_by",
         "وتوقفت الملاحة في ميناء الحديدة الذي تديره جماعة الحوثي منذ سنوات.",
         ("hodeidah_port", "operatedBy", "houthis")),
    case("ar.member.described_as",
         "وأصيب شبل الزيدي، الذي عرّفته وسائل إعلام محلية بأنه قيادي بارز في كتائب سيد الشهداء.",
         ("shibl_zaydi", "memberOf", "kataib_sayyid_al_shuhada")),
    case("ar.member.group_announces_death",
         "وأكدت حركة النجباء في بيان أن القيادي أبو آلاء الولائي لقي مصرعه في القصف.",
         ("walai", "memberOf", "nujaba")),
    case("ar.leader.led_by",
         "وفازت عصائب أهل الحق بزعامة الأمين العام للحركة قيس الخزعلي بعدة مقاعد.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("ar.leader.title_org_person",
         "وقال رئيس حكومة الاحتلال بنيامين نتنياهو إن العملية ستتوسع.",
         ("netanyahu", "leaderOf", "israel_government")),
    case("ar.member.in_group",
         "وأعلن سلاح الجو المسير في القوات المسلحة اليمنية استهداف سفينة.",
         ("houthi_drone_force", "memberOf", "yemeni_armed_forces")),
    case("ar.supports.backed_group_antecedent",
         "وتبنت كتائب سيد الشهداء الهجوم، وأكدت الحركة الموالية لطهران أنها لن تتوقف.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    case("ar.supports.which_is_tied_to",
         "وتوعدت عصائب أهل الحق، التي تملك كتلة في البرلمان وترتبط بطهران، بالرد.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.member.deputy_head",
         "وحضر نائب الأمين العام لحزب الله نعيم قاسم مراسم التشييع.",
         ("naim_qassem", "memberOf", "hezbollah")),
    case("ar.member.deputy_head",
         "وكان أبو فدك المحمداوي، معاون رئيس هيئة الحشد الشعبي، في الموكب.",
         ("abu_fadak", "memberOf", "pmf")),
    case("ar.member.role_named",
         "وأصيب في الغارة قيادي في كتائب حزب الله يدعى أبو علي العسكري.",
         ("abu_ali_askari", "memberOf", "kataib_hezbollah")),
    case("ar.official.person_title_state",
         "وقال ماثيو ميلر، مساعد وزير الخارجية الأمريكي، إن واشنطن قلقة.",
         ("matthew_miller", "officialOf", "usa")),
    case("ar.allied.group_ally_apposition",
         "وهددت حركة الجهاد الإسلامي، الحليف الأقرب لحركة حماس، بتوسيع المواجهة.",
         ("pij", "alliedWith", "hamas")),
    case("ar.spokes.ministry_of_state",
         "وقال المتحدث باسم الخارجية العراقية أحمد الصحاف إن بغداد ترفض الضربات.",
         (mint_key("أحمد الصحاف"), "spokespersonOf", "iraq")),
    case("ar.member.person_role_in_org",
         "وقال محمد عبد السلام، عضو وفد الحوثيين التفاوضي، إن اللقاء كان إيجابيا.",
         ("mohammed_abdulsalam", "memberOf", "houthis")),
    case("ar.official.ministry_person",
         "وقال حسين العزي، نائب وزير الخارجية لدى حكومة صنعاء، إن الملاحة آمنة.",
         ("hussein_ezzi", "officialOf", "houthi_government")),
    case("ar.supports.backed_by",
         "ونفت حركة النجباء (المدعومة من طهران) أي صلة بالهجوم.",
         ("iran", "supports", "nujaba")),
    case("ar.member.verb_first_includes",
         "ويضم الإطار التنسيقي قوى عدة أبرزها منظمة بدر وعصائب أهل الحق.",
         ("badr", "memberOf", "coordination_framework"), ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    case("ar.member.person_role_in_org",
         "وكان عبد العزيز المحمداوي رئيس أركان الحشد الشعبي قد زار الجبهة.",
         ("abu_fadak", "memberOf", "pmf")),
    case("ar.supports.backed_group_antecedent",
         "تأسست عصائب أهل الحق عام 2006، وهي من أكبر الفصائل المسلحة العراقية الأقرب إلى طهران.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.opposes.anti_after_apposition",
         "وأعلنت كتائب سيد الشهداء وهي فصيل عراقي مسلح ومناهض للوجود الأميركي تعليق هجماتها.",
         ("kataib_sayyid_al_shuhada", "opposes", "usa")),
    case("ar.spokes.title_org_person",
         "وقال المتحدث باسم سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، أبو حمزة إن المقاتلين بخير.",
         (mint_key("أبو حمزة"), "spokespersonOf", "al_quds_brigades"), ("al_quds_brigades", "memberOf", "pij")),
    case("ar.member.person_role_in_org",
         "وقتلت الغارة إبراهيم عقيل، أحد أبرز القادة الميدانيين في حزب الله.",
         ("ibrahim_aqil", "memberOf", "hezbollah")),
    case("ar.member.role_in_org",
         "وقال النائب عن حركة حقوق التابعة لكتائب حزب الله محمد البلداوي إن الحكومة مقصرة.",
         (mint_key("محمد البلداوي"), "memberOf", "huquq")),
    case("ar.member.unit_commander",
         "وزار مسؤول وحدة الارتباط والتنسيق في حزب الله وفيق صفا الرئيس اللبناني.",
         ("wafiq_safa", "memberOf", "hezbollah")),
    # --- third round of issue 13 (kinds seen on more real articles; our own sentences) ---
    # the title with its pronoun glued, the group being the previous sentence's subject
    case("ar.spokes.its_spokesman",
         "أعلنت حركة النجباء إسقاط طائرة مسيرة. وقالت في بيان، عبر ناطقها الإعلامي سالم الدراجي، إن الطائرة أمريكية.",
         (mint_key("سالم الدراجي"), "spokespersonOf", "nujaba")),
    # a head noun before the group's name after the title
    case("ar.spokes.person_title_org",
         "وقال العقيد سالم الدراجي المتحدث باسم فصيل كتائب سيد الشهداء إن الهجوم فشل.",
         (mint_key("سالم الدراجي"), "spokespersonOf", "kataib_sayyid_al_shuhada")),
    # a sentence opening with the pronoun continues the previous sentence's subject
    case("ar.member.pronoun_head_noun_in",
         "تأسست منظمة بدر في ثمانينيات القرن الماضي. وهي أكبر فصيل مسلح ضمن الحشد الشعبي.",
         ("badr", "memberOf", "pmf")),
    # an obituary with a time and a description before the name
    case("ar.member.mourned_by",
         "ونعت حركة النجباء، حتى صباح الاثنين 3 يونيو، قياديا ميدانيا آخر، وهو كاظم الساعدي.",
         (mint_key("كاظم الساعدي"), "memberOf", "nujaba")),
    # commanding a group's operations is membership
    case("ar.member.led_operations_of",
         "وقتل سالم الدراجي، الذي قاد العمليات العسكرية لكتائب سيد الشهداء في سوريا.",
         (mint_key("سالم الدراجي"), "memberOf", "kataib_sayyid_al_shuhada")),
    # a unit with a name of its own, "in" the group named by an anaphor
    case("ar.member.unit_commander",
         "وتواصلت الغارات على حزب الله، واغتيل قائد قوة الرضوان في الحزب، سالم الدراجي، أمس.",
         (mint_key("سالم الدراجي"), "memberOf", "hezbollah")),
    # fighting alongside a group, in apposition or verb-first
    case("ar.allied.fights_alongside",
         "وأعلنت كتائب سيد الشهداء، وهي فصيل عراقي يقاتل إلى جانب حزب الله، مقتل اثنين من عناصرها.",
         ("kataib_sayyid_al_shuhada", "alliedWith", "hezbollah")),
    case("ar.allied.fights_alongside",
         "ويقاتل لواء زينبيون إلى جانب قوات الحشد الشعبي في البوكمال.",
         ("zainabiyoun", "alliedWith", "pmf")),
    # a modifier set off by dashes
    case("ar.member.subordinate",
         "وأعلن لواء زينبيون -التابع للحرس الثوري- مقتل اثنين من عناصره.",
         ("zainabiyoun", "memberOf", "irgc")),
    # --- fourth round of issue 13 (our own sentences) -----------------------------------
    # a former or current post in a relative clause, in the accusative too
    case("ar.leader.person_title_org",
         "وقتل سالم الدراجي، الذي كان قائدا لكتائب سيد الشهداء، في الضربة.",
         (mint_key("سالم الدراجي"), "leaderOf", "kataib_sayyid_al_shuhada")),
    case("ar.leader.person_title_org",
         "ونجا سالم الدراجي الذي يشغل منصب قائد حركة النجباء من محاولة اغتيال.",
         (mint_key("سالم الدراجي"), "leaderOf", "nujaba")),
    # a numbered unit "in" its group, and its commander a two-word given name
    case("ar.member.in_group",
         "واغتالت إسرائيل قائد الوحدة 7700 في حزب الله خلال غارة على صور.",
         (mint_key("وحدة 7700"), "memberOf", "hezbollah")),
    # "القائد في X": a commander in the group is a member
    case("ar.member.role_in_org",
         "وقال القائد في الحرس الثوري سالم الدراجي إن الرد سيكون قاسيا.",
         (mint_key("سالم الدراجي"), "memberOf", "irgc")),
    # a movement's armed wing is an actor of its own, and a member of the movement
    case("ar.member.arm_of",
         "وتبنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، قصف مستوطنة سديروت.",
         ("al_quds_brigades", "memberOf", "pij")),
    # the sides of a war the narrator names; backing by an adverb after a comma
    case("ar.opposes.wages_war_against",
         "وتخوض تركيا حربا طويلة ضد حزب العمال الكردستاني في الجبال.",
         ("turkey", "opposes", "pkk"), ("pkk", "opposes", "turkey")),
    case("ar.supports.backed_adverb",
         "وأعلنت كتائب سيد الشهداء، المدعومة إيرانياً، تعليق عملياتها.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # a member of parliament for a bloc
    case("ar.member.person_body_title",
         "وصوت ضياء الأسدي، عضو البرلمان عن كتلة صادقون، ضد القانون.",
         (mint_key("ضياء الأسدي"), "memberOf", "sadiqoun")),
    # a member of a group's body, the body between the role and the group
    case("ar.member.person_body_title",
         "وقاد سالم الدراجي، عضو المكتب السياسي لحركة النجباء، وفد الحركة إلى طهران.",
         (mint_key("سالم الدراجي"), "memberOf", "nujaba")),
    # the group named again in quotes does not hide it from the role before it
    case("ar.member.role_in_org",
         'والتقى القيادي في حركة أنصار الله "الحوثيين" سالم الدراجي وفدا عمانيا.',
         (mint_key("سالم الدراجي"), "memberOf", "houthis")),
    # a member named a sentence later, the group named or through a pronoun
    case("ar.member.role_opened",
         "واستهدفت الغارة أحد قياديي حركة النجباء قرب الحدود. والقيادي المستهدف يحمل اسم سالم الدراجي.",
         (mint_key("سالم الدراجي"), "memberOf", "nujaba")),
    case("ar.member.role_filled",
         "ونعت حركة النجباء أحد قادتها الميدانيين. والقائد القتيل هو سالم الدراجي.",
         (mint_key("سالم الدراجي"), "memberOf", "nujaba")),
    # at the head of a unit after a longer role in the group
    case("ar.leader.at_the_head_of",
         "وكان سالم الدراجي مسؤولا ميدانيا كبيرا في حزب الله، على رأس وحدة «نصر» في الجنوب.",
         (mint_key("سالم الدراجي"), "leaderOf", mint_key("وحدة نصر"))),
    case("ar.leader.person_title_org",
         "وقتلت الغارة عز الدين الساعدي، قائد لواء الإمام الحسين، قرب دمشق.",
         (mint_key("عز الدين الساعدي"), "leaderOf", "imam_hussein_brigade")),
]


@pytest.mark.parametrize("sentence, expected", [
    # a force's unit named with the force, and units joined to it by "و"
    pytest.param("وشارك سلاح الجو المسير، والقوات البحرية في القوات المسلحة اليمنية، في الهجوم على السفينة.",
                 [("houthi_navy", "memberOf", "yemeni_armed_forces"),
                  ("houthi_drone_force", "memberOf", "yemeni_armed_forces")], id="units-of-a-force"),
    # a district of its city (Beirut is a place of its own, in Lebanon)
    pytest.param("وسقطت صواريخ على الضاحية الجنوبية لبيروت ليل الخميس.",
                 [("dahiyeh", "locatedIn", "beirut")], id="district-of-a-city"),
])
def test_relations_ar_read_from_a_name(analyze, sentence, expected):
    result = analyze(sentence, "ar")
    for triple in expected:
        assert triple in result.triples, result.describe()


def test_relations_ar_units_joined_to_a_force_need_the_conjunction(analyze):
    # "سلاح الجو المسير" is the subject, the navy named with its force is the object's
    # owner only through "عن": no shared force without "و" or a comma between them.
    result = analyze("وأعلن سلاح الجو المسير عن القوات البحرية في القوات المسلحة اليمنية تنفيذ عملية.", "ar")
    assert ("houthi_navy", "memberOf", "yemeni_armed_forces") in result.triples, result.describe()
    assert ("houthi_drone_force", "memberOf", "yemeni_armed_forces") not in result.triples, result.describe()


def test_relations_ar_a_supposed_war_opposes_nobody(analyze):
    result = analyze("وحذر المسؤول من أنه إذا شنت تركيا حربا على حزب العمال الكردستاني فإن المنطقة ستشتعل.", "ar")
    assert ("turkey", "opposes", "pkk") not in result.triples, result.describe()


def test_relations_ar_a_collective_includes_nobody(analyze):
    # "الحركة التي تضم فصائل عدة أبرزها X": the members belong to the movement, not to the
    # collective noun "فصائل".
    result = analyze("وقالت الحركة التي تضم فصائل عدة أبرزها حركة النجباء إنها مستمرة.", "ar")
    assert not [r for r in result.relations("nujaba", "memberOf") if r.rule == "ar.member.verb_first_includes"], \
        result.describe()


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_relations_ar_rule_generalises(analyze, rule_id, sentence, expected):
    result = analyze(sentence, "ar")
    assert_case(result, rule_id, expected)


# Rules whose wording only ever appears inside a denial: the fact is read, never asserted.
DENIAL_CASES = [
    case("ar.supports.denied_that_it",
         "ونفت موسكو أن تكون قد سلحت الحوثيين بصواريخ مضادة للسفن.",
         ("russia", "supports", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", DENIAL_CASES)
def test_relations_ar_denial_rule_reads_a_denied_fact(analyze, rule_id, sentence, expected):
    result = analyze(sentence, "ar")
    for triple in expected:
        found = result.relations(*triple)
        assert found and all(r.polarity == "denied" for r in found), result.describe()
        assert all(r.evidence.said_by == triple[0] for r in found), result.describe()
    assert result.rule_matches(rule_id)


def test_relations_ar_every_rule_has_a_case():
    covered = {p.values[0] for p in CASES + DENIAL_CASES + AR_CASES + BACKING_CASES + JOINED_CASES + REPORTED_CASES
               + RECEIVED_CASES + TENTH_CASES + TENTH_ALLIED + ELEVENTH_CASES
               + TWELFTH_CASES + THIRTEENTH_CASES + THIRTEENTH_CONFLICT_CASES + THIRTEENTH_LEFT_CASES
               + FOURTEENTH_CASES + FIFTEENTH_CASES + BARE_PARLIAMENT_CASES
               + NEW_ARTICLE_CASES + AIDES_CASES + SITES_CASES
               + KILLED_CASES + NOUN_BACKING_CASES + CHAINS_OWNERS_CASES
               + DEPUTY_CHAIN_CASES + CENSUS_CASES + OBITUARY_CASES + UNSEEN_CASES
               + NOUN_STANCE_CASES + COMMANDER_CASES + INSTITUTION_CASES + NINTH_REAL_CASES
               + DESCRIPTOR_CASES + QUOTED_LIST_CASES}
    missing = [r.id for r in load_rules("ar", "relations") if r.id not in covered]
    assert not missing, f"rules without a test sentence: {missing}"


def test_relations_ar_role_needs_an_opened_role(analyze):
    # The bare title with a name says whose spokesperson only after the text named the
    # organisation of that role.
    result = analyze("وقال المتحدث حازم قاسم إن الحركة لن توافق على الاتفاق.", "ar")
    assert not result.relations(predicate="spokespersonOf"), result.describe()


def test_relations_ar_role_is_read_from_the_right_organisation(analyze):
    result = analyze("وأصدر المتحدث باسم حركة الجهاد الإسلامي بيانا. "
                     "وقال المتحدث مصعب البريم إن الحركة ترفض الاتفاق.", "ar")
    assert (mint_key("مصعب البريم"), "spokespersonOf", "pij") in result.triples, result.describe()
    assert (mint_key("مصعب البريم"), "spokespersonOf", "hamas") not in result.triples


# --- polarity: denials and reported speech -----------------------------------------

DENIALS = [
    pytest.param("ونفت طهران أنها تدعم الحوثيين بالأسلحة.",
                 ("iran", "supports", "houthis"), "iran", id="pronoun-clause"),
    pytest.param("ونفى كنعاني أن إيران تسلح الحوثيين.",
                 ("iran", "supports", "houthis"), "kanaani", id="person-denies-clause"),
    pytest.param("ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني علاقة طهران بالهجمات "
                 "التي تشنها كتائب حزب الله.",
                 ("iran", "supports", "kataib_hezbollah"), "kanaani", id="noun-object"),
]


@pytest.mark.parametrize("sentence, triple, speaker", DENIALS)
def test_relations_ar_denial_is_denied_never_asserted(analyze, sentence, triple, speaker):
    result = analyze(sentence, "ar")
    found = result.relations(*triple)
    assert found, result.describe()
    assert {r.polarity for r in found} == {DENIED}, result.describe()
    assert {r.evidence.said_by for r in found} == {speaker}


def test_relations_ar_same_wording_without_denial_is_asserted(analyze):
    # The counterpart of the denial tests: the polarity comes from the denial verb.
    result = analyze("وتدعم طهران الحوثيين بالأسلحة.", "ar")
    assert {r.polarity for r in result.relations("iran", "supports", "houthis")} == {ASSERTED}


@pytest.mark.parametrize("sentence, triple, speaker", [
    pytest.param("وقال المتحدث باسم البنتاغون بات رايدر إن إيران تسلح الحوثيين.",
                 ("iran", "supports", "houthis"), "ryder", id="qala-inna"),
    pytest.param("وأكدت الخارجية الأمريكية أن طهران تمول حركة حماس.",
                 ("iran", "supports", "hamas"), "state_department", id="akkadat-anna"),
    pytest.param("وبحسب المرصد السوري لحقوق الإنسان فإن الحرس الثوري يدرب لواء فاطميون.",
                 ("irgc", "supports", "fatemiyoun"), "sohr", id="bihasab"),
])
def test_relations_ar_reported_speech_carries_its_speaker(analyze, sentence, triple, speaker):
    result = analyze(sentence, "ar")
    found = result.relations(*triple)
    assert found, result.describe()
    assert all(r.polarity == REPORTED and r.evidence.said_by == speaker for r in found), result.describe()


def test_relations_ar_speaker_title_outside_the_speech_stays_asserted(analyze):
    result = analyze("وقال المتحدث باسم البنتاغون بات رايدر إن إيران تسلح الحوثيين.", "ar")
    found = result.relations("ryder", "spokespersonOf", "pentagon")
    assert found and all(r.polarity == ASSERTED for r in found), result.describe()


# --- relations that must not be produced -------------------------------------------

@pytest.mark.parametrize("sentence, triple", [
    pytest.param("وتواصل إسرائيل الحرب على غزة منذ أكتوبر.", ("israel", "opposes", "gaza"),
                 id="war-on-a-place"),
    pytest.param("وأدان الأردن الحرب على غزة.", ("jordan", "opposes", "gaza"), id="condemn-war-on"),
    pytest.param("وزار وفد من حركة حماس طهران يوم الأحد.", ("iran", "supports", "hamas"),
                 id="visit-is-not-support"),
    pytest.param("وزار وفد من حركة حماس طهران يوم الأحد.", ("hamas", "memberOf", "iran"),
                 id="delegation-from-is-not-membership"),
    pytest.param("واستقبل الرئيس الإيراني إبراهيم رئيسي وفدا من حركة حماس.", ("raisi", "leaderOf", "hamas"),
                 id="host-is-not-leader"),
    pytest.param("وقتل القيادي في حركة النجباء أبو تقوى السعيدي بضربة في بغداد.",
                 ("nujaba", "locatedIn", "baghdad"), id="group-is-not-a-place"),
    pytest.param("ونفى مسؤول في الحشد الشعبي أن يكون قيس الخزعلي قد زار طهران.",
                 ("khazali", "memberOf", "pmf"), id="clause-after-title-is-no-name"),
    pytest.param("وأعلنت حركة النجباء، المقربة من طهران والمنضوية في المقاومة الإسلامية في العراق، مسؤوليتها.",
                 ("iran", "memberOf", "islamic_resistance_iraq"), id="object-of-modifier-is-no-member"),
    pytest.param("وانتشرت قوات سوريا الديمقراطية التي تدعمها واشنطن قرب الحسكة.",
                 ("sdf", "supports", "usa"), id="verb-is-no-support-noun"),
    pytest.param("وقال الناطق باسم حركة حماس وعضو مكتبها السياسي حازم قاسم إن الحركة ترفض العرض.",
                 (mint_key("وعضو مكتبها السياسي"), "spokespersonOf", "hamas"), id="second-title-is-no-name"),
    pytest.param("وصل سامر الخطيب، الأمين العام لكتائب الفتح وأحد أبرز قادة الحشد الشعبي، إلى بغداد.",
                 (mint_key("وأحد أبرز قادة"), "leaderOf", mint_key("كتائب الفتح")), id="one-of-the-leaders-is-no-name"),
    pytest.param("هددت إيران بالرد. ونفت حركة حماس الخبر، وقال المتحدث باسمها سالم الدراجي إن الأسرى أحياء.",
                 (mint_key("سالم الدراجي"), "spokespersonOf", "iran"), id="previous-subject-only-without-antecedent"),
    pytest.param("وقتل سالم الدراجي، الذي قاد العمليات العسكرية لكتائب سيد الشهداء في سوريا.",
                 (mint_key("سالم الدراجي"), "leaderOf", "kataib_sayyid_al_shuhada"), id="leading-operations-is-no-leadership"),
    pytest.param("قالت منظمة بدر إن الهجوم فشل. وأضاف أن حركة النجباء هي أكبر فصيل مسلح في الحشد الشعبي.",
                 ("badr", "memberOf", "pmf"), id="pronoun-rule-needs-the-sentence-start"),
])
def test_relations_ar_not_produced(analyze, sentence, triple):
    result = analyze(sentence, "ar")
    assert triple not in result.triples, result.describe()


def test_relations_ar_backed_collective_is_backed_by_its_backer_not_its_nisba(analyze):
    # "الفصائل العراقية المدعومة من إيران": Iran backs them; Iraq is only where they are.
    result = analyze("وانخرطت الفصائل المسلحة العراقية المدعومة من إيران في القتال.", "ar")
    backers = {s for s, p, o in result.triples if p == "supports"}
    assert "iran" in backers and "iraq" not in backers, result.describe()


def test_relations_ar_an_army_announcing_a_killing_names_no_member(analyze):
    # A state's force announcing a death names an enemy, not one of its own.
    result = analyze("وأعلن الجيش الإسرائيلي مقتل القيادي فؤاد شكر في غارة.", "ar")
    assert not [t for t in result.triples if t[0] == "fuad_shukr" and t[2] == "idf"], result.describe()


def test_relations_ar_a_sea_is_not_located_in_a_country(analyze):
    result = analyze("وقصفت الطائرات ميناء الصليف على البحر الأحمر غربي اليمن. وتقع مدينة الحديدة غربي اليمن.", "ar")
    assert ("red_sea", "locatedIn", "yemen") not in result.triples, result.describe()
    assert ("hodeidah", "locatedIn", "yemen") in result.triples, result.describe()


def test_a_predicate_after_a_relative_clause_is_said_of_its_antecedent(analyze):
    # The clause ends with a state; the participle with no article is the group's predicate.
    result = analyze("وعصائب أهل الحق التي تنشط في محافظات عدة من العراق مدعومة من طهران.", "ar")
    assert result.relations("iran", "supports", "asaib_ahl_al_haq"), result.describe()
    assert not result.relations("iran", "supports", "iraq"), result.describe()


def test_a_deputy_told_with_a_past_copula_is_a_member(analyze):
    # "كان P نائبا لرئيس X": the accusative title and the preposition on the head noun.
    result = analyze("وكان أبو فدك المحمداوي نائبا لرئيس هيئة الحشد الشعبي.", "ar")
    assert result.relations("abu_fadak", "memberOf", "pmf"), result.describe()
