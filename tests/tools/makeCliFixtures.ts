// Writes the hand-made sample exports under tests/fixtures/cli/ (run: npx tsx tests/tools/makeCliFixtures.ts).
// Synthetic data only (no real buyer data). Layouts follow docs/ORDER-EXPORTS.md; each file
// carries the quirk its name says. Files named error.* are inputs that must be refused.
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const dir = path.join(__dirname, "../fixtures/cli");
const write = (name: string, data: string | Uint8Array): void => writeFileSync(path.join(dir, name), data);
const csv = (rows: (string | number)[][]): string =>
  rows
    .map((r) =>
      r
        .map((c) => (typeof c === "string" && /[",\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c)))
        .join(","),
    )
    .join("\r\n") + "\r\n";

// 1. Taobao classic order report, GBK, every field quoted, ids as ="…", header names with trailing spaces.
const taobaoHeader = [
  "订单编号",
  "买家会员名",
  "买家应付货款",
  "总金额",
  "订单状态",
  "买家留言",
  "收货人姓名",
  "收货地址 ",
  "联系手机",
  "订单创建时间",
  "订单付款时间 ",
  "宝贝标题 ",
  "宝贝种类 ",
  "物流单号 ",
  "物流公司",
  "订单备注",
  "宝贝总数量",
  "店铺名称",
  "退款金额",
];
// Listed twice on purpose: the duplicate order line the checks must find.
const taobaoRepeated = [
  '="35153131473293579"',
  "tb_buyer01",
  "128.00",
  "128.00",
  "买家已付款，等待卖家发货",
  "请尽快发货，送人的",
  "张三",
  "浙江省 杭州市 西湖区 文三路 1 号(310000)",
  "'13800000001",
  "2026-11-16 09:12:01",
  "2026-11-16 09:13:40",
  "不粘锅 28cm",
  "1",
  '=""',
  "",
  "加急",
  "1",
  "好物小店",
  "无退款申请",
];
const taobaoRows = [
  taobaoRepeated,
  [
    '="35153131473293580"',
    "tb_buyer02",
    "59.90",
    "59.90",
    "卖家已发货，等待买家确认",
    "",
    "李四",
    "江苏省 南京市 鼓楼区 中山路 2 号(210000)",
    "'13800000002",
    "2026-11-15 20:01:00",
    "2026-11-15 20:02:10",
    "保温杯 500ml",
    "1",
    '="SF1234567890"',
    "顺丰速运",
    "",
    "1",
    "好物小店",
    "0.00",
  ],
  [
    '="35153131473293581"',
    "tb_buyer03",
    "39.00",
    "39.00",
    "交易成功",
    "",
    "王五",
    "广东省 广州市 天河区 体育西路 3 号(510000)",
    "'13800000003",
    "2026-11-10 11:00:00",
    "2026-11-10 11:01:00",
    "USB-C 数据线",
    "1",
    '="YT9876543210"',
    "圆通速递",
    "",
    "1",
    "好物小店",
    "0.00",
  ],
  [
    "3.51531E+16",
    "tb_buyer04",
    "88.00",
    "88.00",
    "等待买家付款",
    "",
    "赵六",
    "北京 北京市 朝阳区 建国路 4 号(100000)",
    "'13800000004",
    "2026-11-17 08:00:00",
    "",
    "蓝牙耳机",
    "1",
    '=""',
    "",
    "",
    "1",
    "好物小店",
    "0.00",
  ],
  taobaoRepeated,
];
write("taobao-orders.gbk.csv", iconv.encode(csv([taobaoHeader, ...taobaoRows]), "gb18030"));

// 2. A team's messy sheet: title row, merged-looking title, blank row, Chinese/English mix, * marks,
//    full-width brackets, a bad date, a bad amount, a duplicate and a 合计 totals row. UTF-8 without BOM.
// Listed twice on purpose: the duplicate the checks must find.
const messyRepeated = [
  "4112345678902",
  "小红",
  "保温杯",
  2,
  "¥1,059.80",
  "2026-11-15 20:01",
  "已发货",
  "SF1234567890",
  "已发货",
  "阿强",
];
write(
  "taobao-messy.csv",
  csv([
    ["好物小店 11 月订单跟进表", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    [
      "*订单号",
      "买家",
      "商品名称",
      "数量",
      "实付款（元）",
      "下单时间",
      "订单状态",
      "快递单号",
      "状态 Status",
      "负责人 Owner",
    ],
    ["4112345678901", "小明", "不粘锅 28cm", 1, "¥128.00", "2026/11/16 9:12", "待发货", "", "待处理", "小王"],
    messyRepeated,
    ["4112345678903", "Tom", "USB-C cable", 1, "abc", "2026-11-31 10:00", "待发货", "", "待处理", ""],
    messyRepeated,
    ["4.11235E+12", "小刚", "蓝牙耳机", 1, "¥88", "2026-11-17 08:00", "待付款", "", "待付款", "小李"],
    ["4112345678905", "Lucy", "手机壳", 1, "¥25", "2026-11-17 09:00", "已发货", "", "已发货", "阿强"],
    ["合计", "", "", 8, "¥2,385.60", "", "", "", "", ""],
  ]),
);

// 3. Douyin: UTF-8 with BOM, ids with a TAB inside the quotes, `-` as empty, 快递信息 = tracking-carrier.
const douyinHeader = [
  "主订单编号",
  "子订单编号",
  "选购商品",
  "商品ID",
  "商家编码",
  "商品数量",
  "商品金额",
  "订单提交时间",
  "支付完成时间",
  "买家留言",
  "订单状态",
  "售后状态",
  "订单应付金额",
  "收件人",
  "收件人手机号",
  "省",
  "市",
  "区",
  "详细地址",
  "快递信息",
  "支付方式",
];
write(
  "douyin-orders.csv",
  "\ufeff" +
    csv([
      douyinHeader,
      [
        "\t6917926768823643751",
        "\t6917926768823643751",
        "定制马克杯 刻字款",
        "\t3581234567890123456",
        "MUG-01",
        1,
        "49.90",
        "2026-11-16 10:00:00",
        "2026-11-16 10:00:30",
        "刻字：生日快乐",
        "已发货",
        "-",
        "49.90",
        "##密文",
        "$$密文",
        "浙江省",
        "杭州市",
        "西湖区",
        "##密文",
        "SF1234567890-顺丰速运",
        "抖音支付",
      ],
      [
        "\t6917926768823643752",
        "\t6917926768823643753",
        "保温杯 500ml",
        "\t3581234567890123457",
        "CUP-01",
        2,
        "39.90",
        "2026-11-16 11:00:00",
        "2026-11-16 11:00:20",
        "-",
        "已完成",
        "-",
        "79.80",
        "##密文",
        "$$密文",
        "江苏省",
        "南京市",
        "鼓楼区",
        "##密文",
        "YT9876543210-圆通速递",
        "微信",
      ],
      [
        "\t6917926768823643752",
        "\t6917926768823643754",
        "赠品 杯刷",
        "\t3581234567890123458",
        "GIFT-01",
        1,
        "0.00",
        "2026-11-16 11:00:00",
        "2026-11-16 11:00:20",
        "-",
        "已关闭",
        "-",
        "0.00",
        "##密文",
        "$$密文",
        "江苏省",
        "南京市",
        "鼓楼区",
        "##密文",
        "-",
        "微信",
      ],
    ]),
);

// 4. Pinduoduo 23-column export, order numbers YYMMDD-…, thousands separators.
write(
  "pinduoduo-orders.csv",
  csv([
    [
      "订单成交时间",
      "商品",
      "订单号",
      "订单状态",
      "商品总价(元)",
      "邮费(元)",
      "店铺优惠折扣(元)",
      "平台优惠折扣(元)",
      "多多支付立减金额(元)",
      "用户实付金额(元)",
      "商家实收金额(元)",
      "商品数量(件)",
      "发货时间",
      "确认收货时间",
      "商品id",
      "商品规格",
      "样式ID",
      "商家编码-规格维度",
      "商家编码-商品维度",
      "商家备注",
      "售后状态",
      "快递单号",
      "快递公司",
    ],
    [
      "2026-11-16 12:00:00",
      "电热水壶 1.7L",
      "261116-123456789012345",
      "待发货",
      "1,299.00",
      "0.00",
      "10.00",
      "5.00",
      "0.00",
      "1,284.00",
      "1,284.00",
      1,
      "",
      "",
      "123456789",
      "白色",
      "987654321",
      "KETTLE-W",
      "KETTLE",
      "",
      "无售后或售后取消",
      "",
      "",
    ],
    [
      "2026-11-15 08:30:00",
      "手机壳",
      "261115-123456789012346",
      "已发货，待签收",
      "25.00",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
      "25.00",
      "25.00",
      1,
      "2026-11-15 18:00:00",
      "",
      "123456790",
      "透明",
      "987654322",
      "CASE-T",
      "CASE",
      "",
      "无售后或售后取消",
      "75123456789012",
      "中通快递",
    ],
  ]),
);

// 5. eBay report: blank first line, a row of bare commas, summary row + item rows, footer lines. Windows-1252 (£, é).
const ebayHeader = [
  "Sales Record Number",
  "Order Number",
  "Buyer Username",
  "Buyer Name",
  "Ship To Name",
  "Ship To City",
  "Ship To Country",
  "Item Number",
  "Item Title",
  "Custom Label",
  "Quantity",
  "Sold For",
  "Shipping And Handling",
  "Total Price",
  "Sale Date",
  "Paid On Date",
  "Shipped On Date",
  "Tracking Number",
  "Transaction ID",
];
write(
  "ebay-orders.cp1252.csv",
  iconv.encode(
    "\r\n" +
      ",".repeat(ebayHeader.length - 1) +
      "\r\n" +
      csv([
        ebayHeader,
        [
          "1001",
          "12-34567-89012",
          "amelie_b",
          "Amélie Bernard",
          "Amélie Bernard",
          "Lyon",
          "France",
          "",
          "",
          "",
          3,
          "",
          "£4.50",
          "£52.50",
          "Nov-16-26",
          "Nov-16-26",
          "",
          "",
          "",
        ],
        [
          "1001",
          "12-34567-89012",
          "amelie_b",
          "",
          "",
          "",
          "",
          "285012345678",
          "Café mug",
          "MUG-01",
          2,
          "£16.00",
          "",
          "",
          "Nov-16-26",
          "",
          "",
          "",
          "2345678901001",
        ],
        [
          "1001",
          "12-34567-89012",
          "amelie_b",
          "",
          "",
          "",
          "",
          "285012345679",
          "Tea towel",
          "TOWEL-01",
          1,
          "£16.00",
          "",
          "",
          "Nov-16-26",
          "",
          "",
          "",
          "2345678901002",
        ],
        [
          "1002",
          "12-34567-89013",
          "joe_k",
          "Joe King",
          "Joe King",
          "Leeds",
          "United Kingdom",
          "285012345680",
          "Phone case",
          "CASE-01",
          1,
          "£8.99",
          "£0.00",
          "£8.99",
          "Nov-15-26",
          "Nov-15-26",
          "Nov-16-26",
          "JD0002212345678",
          "2345678901003",
        ],
      ]) +
      '"2 record(s) downloaded",,\r\n"Seller ID : demo_seller"\r\n',
    "windows-1252",
  ),
);

// 6. JD export saved as UTF-16 LE with BOM (Excel's "Unicode text"), tab-separated.
const jdRows = [
  [
    "订单号",
    "商品ID",
    "商品名称",
    "订购数量",
    "支付方式",
    "下单时间",
    "京东价",
    "订单金额",
    "订单状态",
    "下单帐号",
    "客户姓名",
    "客户地址",
    "联系电话",
    "商家备注",
    "运费金额",
    "货号",
  ],
  [
    "288123456789",
    "100012345678",
    "空气炸锅 5L",
    "1",
    "在线支付",
    "2026-11-16 10:20:00",
    "399.00",
    "458.00",
    "等待出库",
    "jd_user01",
    "钱七",
    "上海 上海市 浦东新区 世纪大道 5 号",
    "1******6198",
    "",
    "0.00",
    "AF-5L",
  ],
  [
    "288123456789",
    "100012345679",
    "烤盘配件",
    "1",
    "在线支付",
    "2026-11-16 10:20:00",
    "59.00",
    "458.00",
    "等待出库",
    "jd_user01",
    "钱七",
    "上海 上海市 浦东新区 世纪大道 5 号",
    "1******6198",
    "",
    "0.00",
    "AF-TRAY",
  ],
];
write(
  "jd-orders.utf16.txt",
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(jdRows.map((r) => r.join("\t")).join("\r\n") + "\r\n", "utf16le"),
  ]),
);

// 7. XLSX with two sheets: a notes sheet first, then the order sheet with a title row and real dates.
async function writeWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("说明");
  notes.addRow(["本文件由团队整理，每天更新"]);
  notes.addRow(["负责人：小王"]);
  const orders = wb.addWorksheet("11月订单");
  orders.addRow(["11 月订单"]);
  orders.mergeCells("A1:F1");
  orders.addRow(["订单号", "商品", "数量", "下单时间", "状态 Status", "负责人 Owner"]);
  orders.addRow(["5001", "保温杯", 2, new Date(Date.UTC(2026, 10, 16, 9, 30)), "待处理", "小王"]);
  orders.addRow(["5002", "不粘锅", 1, new Date(Date.UTC(2026, 10, 16, 10, 0)), "发货了", "小李"]);
  orders.getColumn(4).numFmt = "yyyy-mm-dd hh:mm";
  await wb.xlsx.writeFile(path.join(dir, "team-workbook.xlsx"));
}

// 8. Amazon unshipped-orders report (tab-separated, kebab-case headers), five columns, one buyer
// note with six commas: more commas on that line than TABs on any line, still a TSV (issue 11).
write(
  "amazon-unshipped.tsv",
  [
    ["order-id", "purchase-date", "sku", "quantity-purchased", "delivery-Instructions"],
    ["249-1234567-1000001", "2026-11-20T09:15:00+00:00", "MUG-CUSTOM-01", "1", ""],
    [
      "249-1234567-1000002",
      "2026-11-20T10:02:00+00:00",
      "CUP-500ML",
      "2",
      "Leave at the back door, behind the gate, next to the shed, not the front, ring twice, wait, thanks",
    ],
    ["249-1234567-1000003", "2026-11-21T08:40:00+00:00", "PAN-28CM", "1", "Gift wrap please"],
  ]
    .map((row) => row.join("\t"))
    .join("\n") + "\n",
);

// Bad inputs.
write("error.empty.csv", "");
write(
  "error.no-header.csv",
  csv([
    ["hello", "world"],
    ["1", "2"],
    ["3", "4"],
  ]),
);
write(
  "error.binary.csv",
  Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x10, 0x00, 0x00, 0x07, 0x08, 0x00, 0x1b, 0x05, 0x06]),
);
write("error.legacy.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
write("error.truncated.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]));

void writeWorkbook().then(() => console.log(`fixtures written to ${dir}`));
