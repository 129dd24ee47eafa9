"""The demo chain's fixed data: locations, staff, brands, categories and the catalogue specs.

Plain data and pure functions only; the loaders in backend/demo/*.py turn them into rows through the services.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from backend.catalog.products import ean13_check_digit
from backend.org.models import LocationKind, Role

DEMO_PASSWORD = "cradle123"
EXPIRED_DEMO_BATCH = "DEMO-EXPIRED"  # the one batch already past its date, to show expiry handling

# ------------------------------------------------------------------------------------------ locations

LOCATIONS = [
    # code, name, kind, address, lat, lng, priority (lower is tried first). The first store is ST-001.
    ("WH-SH", "上海闵行总仓", LocationKind.WAREHOUSE, "上海市闵行区春东路 508 号 3 号库", "31.021560", "121.392410", 10),
    ("WH-KS", "昆山花桥仓", LocationKind.WAREHOUSE, "江苏省昆山市花桥镇绿地大道 231 号", "31.298410", "121.097330", 20),
    ("ST-001", "徐汇漕溪北路店", LocationKind.STORE, "上海市徐汇区漕溪北路 88 号 1 层 108 室", "31.188250", "121.437230",
     50),
    ("ST-002", "浦东张杨路店", LocationKind.STORE, "上海市浦东新区张杨路 1500 号 2 层 215 室", "31.229840", "121.525120",
     60),
    ("ST-003", "静安大宁店", LocationKind.STORE, "上海市静安区共和新路 1878 号 B1 层 B12 室", "31.281120", "121.457810",
     60),
]

# ------------------------------------------------------------------------------------------ staff

STAFF = [
    # username, display name, role, location codes
    ("admin", "王海燕", Role.HQ_ADMIN, []),
    ("manager1", "李静", Role.STORE_MANAGER, ["ST-001"]),
    ("clerk1", "陈晓雯", Role.CLERK, ["ST-001"]),
    ("buyer1", "周建国", Role.PURCHASER, []),
    ("finance1", "孙丽", Role.FINANCE, []),
    ("live1", "林可可", Role.LIVE_SELLER, ["WH-SH"]),
    ("manager2", "张伟", Role.STORE_MANAGER, ["ST-002"]),
    ("clerk2", "刘芳", Role.CLERK, ["ST-002"]),
    ("manager3", "黄志强", Role.STORE_MANAGER, ["ST-003"]),
    ("clerk3", "吴雅婷", Role.CLERK, ["ST-003"]),
    ("whmanager1", "赵磊", Role.STORE_MANAGER, ["WH-SH"]),
    ("whmanager2", "郑晓东", Role.STORE_MANAGER, ["WH-KS"]),
]

# ------------------------------------------------------------------------------------------ catalogue

BRANDS = ["爱他美", "美赞臣", "惠氏启赋", "飞鹤", "君乐宝", "伊利金领冠", "帮宝适", "花王", "好奇", "大王",
          "babycare", "贝亲", "全棉时代", "可优比", "嘉宝", "亨氏", "小皮", "红色小象", "启初", "兔头妈妈",
          "费雪", "澳贝", "a2", "佳贝艾特", "强生"]

# top-level category -> (sort, SKU code prefix, child categories)
CATEGORIES: dict[str, tuple[int, str, list[str]]] = {
    "奶粉": (1, "FM", ["1段", "2段", "3段", "4段"]),
    "纸尿裤": (2, "DP", ["纸尿裤", "拉拉裤"]),
    "湿巾": (3, "WP", ["手口湿巾", "棉柔巾"]),
    "奶瓶": (4, "BT", ["玻璃奶瓶", "PPSU奶瓶", "奶嘴"]),
    "辅食": (5, "BF", ["米粉", "果泥", "磨牙零食"]),
    "洗护": (6, "CR", ["洗发沐浴", "润肤护肤", "洗衣清洁"]),
    "玩具": (7, "TY", ["早教玩具", "安抚玩具"]),
}

STAGES = {  # stage -> (kind, age_min, age_max)
    1: ("婴儿配方奶粉", 0, 6),
    2: ("较大婴儿配方奶粉", 6, 12),
    3: ("幼儿配方奶粉", 12, 36),
    4: ("儿童配方奶粉", 36, 72),
}

# brand, series, stages, [(spec, unit, price of stage 1 in fen)], price step per stage
FORMULA = [
    ("爱他美", "卓萃", [1, 2, 3], [("900g", "罐", 43800), ("380g", "罐", 19800)], -1000),
    ("爱他美", "经典", [1, 2, 3, 4], [("800g", "罐", 29800)], -1000),
    ("美赞臣", "蓝臻", [1, 2, 3], [("900g", "罐", 41800), ("400g", "盒", 18800)], -1000),
    ("美赞臣", "铂睿", [1, 2, 3, 4], [("850g", "罐", 33800)], -1000),
    ("惠氏启赋", "蕴淳", [1, 2, 3], [("810g", "罐", 45800)], -1000),
    ("惠氏启赋", "未来", [1, 2, 3, 4], [("900g", "罐", 35800), ("400g", "盒", 16800)], -800),
    ("飞鹤", "星飞帆", [1, 2, 3, 4], [("700g", "罐", 26800), ("130g", "盒", 5800)], -600),
    ("飞鹤", "臻稚", [1, 2, 3], [("800g", "罐", 38800)], -1000),
    ("君乐宝", "至臻", [1, 2, 3], [("800g", "罐", 23800)], -500),
    ("君乐宝", "乐铂", [1, 2, 3, 4], [("800g", "罐", 19800)], -500),
    ("伊利金领冠", "珍护", [1, 2, 3], [("900g", "罐", 31800)], -800),
    ("a2", "至初", [1, 2, 3, 4], [("900g", "罐", 36800), ("400g", "罐", 17800)], -800),
    ("a2", "紫白金版", [1, 2, 3], [("900g", "罐", 29800)], -600),
    ("佳贝艾特", "悦白 羊奶粉", [1, 2, 3], [("800g", "罐", 39800), ("150g", "罐", 8800)], -1000),
]

DIAPERS = [
    # brand, series, tape sizes [(size, count, price)], pants sizes
    ("帮宝适", "一级帮", [("NB", 84, 15900), ("S", 76, 15900), ("M", 58, 15900), ("L", 44, 15900),
                       ("XL", 38, 15900)], [("L", 40, 16900), ("XL", 34, 16900), ("XXL", 30, 16900)]),
    ("帮宝适", "黑金帮", [("NB", 72, 21900), ("S", 64, 21900), ("M", 50, 21900), ("L", 40, 21900),
                       ("XL", 34, 21900)], [("L", 36, 22900), ("XL", 32, 22900)]),
    ("花王", "妙而舒", [("NB", 90, 13900), ("S", 82, 13900), ("M", 64, 13900), ("L", 54, 13900),
                     ("XL", 44, 13900)], [("L", 44, 14900), ("XL", 38, 14900), ("XXL", 26, 14900)]),
    ("好奇", "心钻装", [("NB", 66, 16800), ("S", 62, 16800), ("M", 50, 16800), ("L", 40, 16800),
                     ("XL", 32, 16800)], [("L", 36, 17800), ("XL", 30, 17800)]),
    ("好奇", "铂金装", [("NB", 84, 12900), ("S", 70, 12900), ("M", 58, 12900), ("L", 46, 12900),
                     ("XL", 40, 12900)], []),
    ("大王", "天使", [("NB", 70, 18900), ("S", 62, 18900), ("M", 52, 18900), ("L", 42, 18900),
                    ("XL", 36, 18900)], [("L", 38, 19900), ("XL", 32, 19900)]),
    ("babycare", "皇室狮子王国", [("NB", 64, 14900), ("S", 58, 14900), ("M", 50, 14900), ("L", 40, 14900),
                             ("XL", 36, 14900)], [("L", 36, 15900), ("XL", 30, 15900), ("XXL", 26, 15900)]),
]
DIAPER_WEIGHTS = {"NB": "0-5kg", "S": "4-8kg", "M": "6-11kg", "L": "9-14kg", "XL": "12-17kg", "XXL": "15kg以上"}

# category child, brand, product name, [(spec, unit, price)], shelf life days (None: not batch-tracked), age
OTHERS: list[tuple[str, str, str, list[tuple[str, str, int]], int | None, tuple[int, int] | None]] = [
    ("手口湿巾", "全棉时代", "婴儿手口湿巾", [("80抽×3包", "提", 3990), ("80抽×1包", "包", 1490)], 1095, None),
    ("棉柔巾", "全棉时代", "纯棉柔巾 干湿两用", [("100抽×6包", "提", 8990), ("100抽×1包", "包", 1690)], 1095, None),
    ("手口湿巾", "好奇", "纯水婴儿湿巾", [("80抽×3包", "提", 3690), ("80抽×10包", "箱", 11900)], 1095, None),
    ("手口湿巾", "贝亲", "婴儿手口湿巾", [("70抽×3包", "提", 3290)], 1095, None),
    ("手口湿巾", "可优比", "婴儿手口湿巾", [("80抽×10包", "箱", 9990), ("80抽×3包", "提", 3390)], 730, None),
    ("棉柔巾", "babycare", "婴儿棉柔巾", [("80抽×6包", "提", 7990), ("80抽×1包", "包", 1490)], 1095, None),
    ("手口湿巾", "babycare", "紫盖湿巾", [("80抽×6包", "提", 6990)], 1095, None),
    ("玻璃奶瓶", "贝亲", "宽口径玻璃奶瓶", [("160ml", "个", 11900), ("240ml", "个", 12900)], None, (0, 12)),
    ("PPSU奶瓶", "贝亲", "宽口径PPSU奶瓶", [("160ml", "个", 16900), ("240ml", "个", 17900), ("330ml", "个", 18900)],
     None, (0, 36)),
    ("奶嘴", "贝亲", "宽口径硅胶奶嘴 2只装", [("SS号", "盒", 6900), ("S号", "盒", 6900), ("M号", "盒", 6900),
                                     ("L号", "盒", 6900), ("LL号", "盒", 6900)], None, (0, 36)),
    ("PPSU奶瓶", "可优比", "PPSU宽口奶瓶", [("180ml", "个", 13900), ("240ml", "个", 14900)], None, (0, 36)),
    ("玻璃奶瓶", "可优比", "防胀气玻璃奶瓶", [("150ml", "个", 9900)], None, (0, 6)),
    ("PPSU奶瓶", "babycare", "PPSU吸管奶瓶", [("240ml", "个", 15900), ("300ml", "个", 16900)], None, (6, 36)),
    ("奶嘴", "babycare", "仿母乳奶嘴 2只装", [("S号", "盒", 5900), ("M号", "盒", 5900)], None, (0, 24)),
    ("米粉", "嘉宝", "婴儿高铁米粉", [("原味 250g", "罐", 5990), ("混合蔬菜 250g", "罐", 6290),
                                ("苹果香蕉 250g", "罐", 6290)], 540, (6, 36)),
    ("米粉", "亨氏", "超金健儿优米粉", [("铁锌钙 400g", "罐", 4590), ("多维 400g", "罐", 4590)], 720, (6, 36)),
    ("米粉", "小皮", "有机高铁米粉", [("原味 160g", "盒", 6990), ("胡萝卜 160g", "盒", 7290)], 540, (6, 36)),
    ("果泥", "亨氏", "婴儿果泥", [("苹果 113g", "袋", 990), ("香蕉 113g", "袋", 990), ("西梅 113g", "袋", 1090),
                             ("混合水果 113g×6袋", "盒", 5490)], 540, (6, 36)),
    ("果泥", "小皮", "有机苹果香蕉泥", [("100g", "袋", 1590), ("100g×4袋", "盒", 5990)], 365, (6, 36)),
    ("磨牙零食", "嘉宝", "星星泡芙", [("草莓苹果 49g", "罐", 3490), ("香蕉 49g", "罐", 3490)], 450, (8, 36)),
    ("磨牙零食", "亨氏", "宝宝磨牙棒", [("原味 64g", "盒", 2990)], 540, (8, 36)),
    ("洗发沐浴", "红色小象", "婴儿洗发沐浴露二合一", [("530ml", "瓶", 7990), ("200ml", "瓶", 4290)], 1095, None),
    ("润肤护肤", "红色小象", "婴儿保湿润肤乳", [("120ml", "瓶", 6990)], 1095, None),
    ("润肤护肤", "红色小象", "婴儿舒润面霜", [("50g", "盒", 5990)], 1095, None),
    ("洗发沐浴", "启初", "婴儿洗发沐浴露", [("400ml", "瓶", 6590), ("200ml", "瓶", 3990)], 1095, None),
    ("润肤护肤", "启初", "婴儿面霜 水润", [("50g", "盒", 5490)], 1095, None),
    ("洗发沐浴", "兔头妈妈", "甄选婴儿洗发沐浴露", [("480ml", "瓶", 8990)], 1095, None),
    ("润肤护肤", "兔头妈妈", "婴儿保湿霜", [("50g", "盒", 8900)], 1095, None),
    ("润肤护肤", "贝亲", "桃叶精华婴儿痱子水", [("200ml", "瓶", 5990)], 1095, None),
    ("洗衣清洁", "贝亲", "奶瓶果蔬清洗剂", [("700ml", "瓶", 4990), ("600ml 补充装", "袋", 3590)], 1095, None),
    ("洗衣清洁", "全棉时代", "婴儿洗衣液", [("1L", "瓶", 5990)], 1095, None),
    ("洗衣清洁", "babycare", "婴儿酵素洗衣液", [("1L", "瓶", 4990), ("500ml×3袋", "提", 6990)], 1095, None),
    ("洗衣清洁", "可优比", "婴儿洗衣皂", [("150g×4块", "盒", 3990)], 1095, None),
    ("安抚玩具", "费雪", "声光安抚海马", [("蓝色", "个", 15900), ("粉色", "个", 15900)], None, (0, 24)),
    ("早教玩具", "费雪", "彩虹叠叠圈", [("标准款", "个", 6900)], None, (6, 36)),
    ("早教玩具", "费雪", "多功能学步车", [("标准款", "个", 29900)], None, (6, 36)),
    ("早教玩具", "费雪", "脚踏钢琴健身架", [("标准款", "个", 39900)], None, (0, 12)),
    ("安抚玩具", "澳贝", "婴儿摇铃牙胶套装", [("8件套", "盒", 8900)], None, (0, 12)),
    ("早教玩具", "澳贝", "宝宝手拍鼓", [("标准款", "个", 9900)], None, (6, 36)),
    ("早教玩具", "澳贝", "益智串珠绕珠", [("标准款", "个", 12900)], None, (12, 48)),
    ("早教玩具", "可优比", "婴儿软积木", [("12块装", "盒", 9900)], None, (3, 36)),
    ("早教玩具", "babycare", "宝宝撕不烂布书", [("6本装", "套", 11900)], None, (3, 24)),
    ("安抚玩具", "babycare", "安抚巾玩偶", [("小兔", "个", 7900), ("小熊", "个", 7900)], None, (0, 24)),
    ("洗发沐浴", "强生", "婴儿沐浴露 Baby Bath", [("500ml", "瓶", 4590), ("200ml", "瓶", 2590)], 1095, None),
    ("润肤护肤", "强生", "婴儿润肤油 Baby Oil", [("200ml", "瓶", 4290)], 1095, None),
]

NICKNAMES = ["乐乐妈", "糖糖妈妈", "小鱼爸爸", "果果妈", "豆豆妈咪", "安安妈", "多多爸爸", "悠悠妈", "朵朵妈妈",
             "皮皮爸", "小满妈妈", "一一妈", "可乐妈", "团团妈", "米粒妈妈", "晨晨爸", "西西妈", "嘟嘟妈",
             "壮壮爸爸", "甜甜妈", "小雨妈", "诺诺妈妈", "天天爸", "芒果妈", "七七妈", "橙子妈妈", "阿宝爸",
             "球球妈", "妞妞妈", "小树爸爸", "元宝妈", "星星妈", "月月妈妈", "毛毛爸", "奇奇妈", "卷卷妈",
             "小麦妈妈", "贝贝妈", "乐天爸爸", "花花妈", "小宇妈", "暖暖妈", "阳阳爸", "点点妈", "十一妈妈",
             "叮当妈", "布丁妈", "栗子妈妈", "大宝爸", "蜜桃妈"]
MEMBER_LEVELS = [("normal", 0.55), ("silver", 0.25), ("gold", 0.15), ("platinum", 0.05)]

@dataclass
class SkuSpec:
    code: str
    category: str  # child category name under `top`
    top: str
    brand: str
    product_code: str
    product_name: str
    name: str
    spec: str
    unit: str
    price_fen: int
    shelf_life_days: int | None
    age: tuple[int, int] | None = None
    stage: int | None = None
    threshold: int = 10


# ------------------------------------------------------------------------------------------ building the specs


def catalogue_specs() -> list[SkuSpec]:
    """Every demo SKU, in a stable order."""
    specs: list[SkuSpec] = []
    seq: dict[str, int] = {}

    def code(top: str) -> str:
        prefix = CATEGORIES[top][1]
        seq[prefix] = seq.get(prefix, 1000) + 1
        return f"{prefix}{seq[prefix]}"

    for p_idx, (brand, series, stages, sizes, step) in enumerate(FORMULA):
        for stage in stages:
            kind, lo, hi = STAGES[stage]
            product_code = f"P-FM-{p_idx + 1:02d}{stage}"
            product_name = f"{brand}{series} {kind} {stage}段"
            for spec, unit, base in sizes:
                price = base + step * (stage - 1) * (base // 20000 or 1)
                specs.append(SkuSpec(code("奶粉"), f"{stage}段", "奶粉", brand, product_code, product_name,
                                      f"{brand}{series} {stage}段 {kind} {spec}", spec, unit, price,
                                      random.Random(f"{brand}{series}").choice([730, 900, 1095]), (lo, hi), stage,
                                      threshold=6))
    for p_idx, (brand, series, tapes, pants) in enumerate(DIAPERS):
        for kind, sizes, age in (("纸尿裤", tapes, (0, 24)), ("拉拉裤", pants, (9, 36))):
            if not sizes:
                continue
            product_code = f"P-DP-{p_idx + 1:02d}{'T' if kind == '纸尿裤' else 'P'}"
            for size, count, price in sizes:
                spec = f"{size}码 {count}片"
                specs.append(SkuSpec(code("纸尿裤"), kind, "纸尿裤", brand, product_code, f"{brand}{series} {kind}",
                                      f"{brand}{series} {kind} {spec}（{DIAPER_WEIGHTS[size]}）", spec, "包", price,
                                      1095, age, threshold=8))
    for p_idx, (child, brand, pname, variants, shelf, age) in enumerate(OTHERS):
        top = next(t for t, (_, _, children) in CATEGORIES.items() if child in children)
        product_code = f"P-{CATEGORIES[top][1]}-{p_idx + 1:02d}"
        threshold = {"湿巾": 10, "奶瓶": 4, "辅食": 5, "洗护": 4, "玩具": 2}[top]
        for spec, unit, price in variants:
            specs.append(SkuSpec(code(top), child, top, brand, product_code, f"{brand} {pname}",
                                  f"{brand} {pname} {spec}", spec, unit, price, shelf, age, threshold=threshold))
    return specs


def barcode(brand_idx: int, n: int) -> str:
    first12 = f"69{brand_idx + 100:03d}{n:07d}"
    return first12 + str(ean13_check_digit(first12))


def unit_cost(price_fen: int, rng: random.Random) -> int:
    return int(price_fen * rng.uniform(0.56, 0.7)) // 10 * 10


def round_price(fen: float) -> int:
    """Shelf-style price: whole yuan minus 10 fen when above ¥10 (e.g. 40660 -> 40590)."""
    yuan = int(fen) // 100
    return yuan * 100 - 10 if yuan >= 10 else int(fen) // 10 * 10

