package org.fenjie.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fenjie.model.GlossaryEntry;
import org.fenjie.model.Leader;
import org.fenjie.model.ParsedDocument;
import org.fenjie.model.TaskRow;

/**
 * Rows as ingest gives them, copied from the seed documents (three regions, three kinds, printed
 * names with their padding and variants), for tests that need a realistic index without ingest.
 */
public final class SampleCorpus {

  public static final String JINJIANG = "000_49bd79bf689c61c0.txt";
  public static final String REPORT = "001_941dc8cd29ccd4b4.txt";
  public static final String CONTEST = "002_413767689e3e1b42.txt";
  public static final String NANAN = "003_de05cf948f9c50f8.txt";
  public static final String QUANGANG = "004_c0ca6c59d42007b8.txt";

  public static List<ParsedDocument> documents() {
    return List.of(jinjiang(), report(), contest(), nanan(), quangang());
  }

  public static List<TaskRow> rows() {
    List<TaskRow> all = new ArrayList<>();
    documents().forEach(d -> all.addAll(d.rows()));
    return all;
  }

  public static ParsedDocument jinjiang() {
    Doc d = new Doc("晋江市", 2026, TaskRow.KIND_BREAKDOWN, "晋政文〔2026〕4号", JINJIANG, "jinjiang-2026-breakdown");
    d.section("一、在构建现代化产业体系上开新局，加快培育新质生产力", "(一) 提升传统产业发能级");
    d.row("1", "深入开展重点工业企业倍增行动，构筑以链主企业为龙头、腰部企业为支撑、中小企业为基础的企业梯队。",
        "工信局", "", "林永红@工信局", "陈进福");
    d.row("2", "分行业分品类举办大型头部品牌供应链产能对接活动，打造2个产业链供应链质量联动提升联盟，构建龙头企业筑链、中小企业“卡位入链”的共生共荣共赢格局。",
        "工信局 市场监管局", "", "林永红@工信局 张志友@市场监管局", "王也夫 陈进福");
    d.row("3", "深入实施“人工智能+”行动，招引5家优质数智化服务商，建设人工智能赋能新型工业化创新基地、数据标注中心，打造工业质检、智能分拣、智能排产等一批赋能企业发展的智能体，培育省级以上智改数智示范企业5家，助力企业由“智变”催生“质变”。",
        "工信局", "", "林永红@工信局", "陈进福");
    d.row("5", "支持链主企业组建绿色低碳供应链联盟、输出碳管理标准，带动上下游企业应用绿色新技术、加速向绿升级。",
        "工信局 市场监管局", "", "林永红@工信局 张志友@市场监管局", "王也夫 陈进福");
    d.section("一、在构建现代化产业体系上开新局，加快培育新质生产力", "(二) 全力竞逐新兴产业未来产业");
    d.row("6", "新一代信息技术产业重点支持晋华、渠梁等龙头以及21个细分领域TOP企业增资扩产和技术推进，推动浪潮-罗普特、镓创未来等15个项目运营投产，开工建设英麦科、空气化工等12个项目，新签约落地20个以上强链补链项目，建成投用芯智造产业园二期，打造两岸集成电路产业合作示范中心。",
        "泉州半导体高新区晋江办事处 招商办 产业集团", "", "丁少伟@泉州半导体高新区晋江办事处 林时就@招商办 丁永贵@产业集团", "张健龙 吴靖宇 陈进福");
    d.row("9", "未来产业重点以南翼高新区为载体，谋划建设未来产业先导区，加快布局具身智能、核技术应用和量子信息等领域，抢滩智算芯片、前沿新材料等产业新赛道，争创未来产业标杆示范。",
        "发改局 南翼高新区晋江分指挥部 招商办", "", "林景锋@发改局 庄特强@南翼高新区晋江分指挥部 林时就@招商办", "吴靖宇 陈进福");
    d.section("一、在构建现代化产业体系上开新局，加快培育新质生产力", "(三) 做优做强生产性服务业");
    d.row("12", "新建超 20 个海外仓，持续拓展“晋品出海”服务矩阵。", "“晋品出海”指挥部", "", "林琪@“晋品出海”指挥部", "黄天凯");
    d.row("13", "支持滨江商务区、中国鞋都电商城争创省级跨境电商集聚区，招引落地一批头部跨境电商平台及服务商，打造晋江系新电商品牌，推动跨境供应链成为企业“共赢”链。",
        "商务局 鞋纺城公司 陈埭镇人民政府", "", "林琪@商务局 李宵还@鞋纺城公司 许著赟@陈埭镇人民政府", "吴靖宇 陈英煌");
    d.row("14", "布设 5 个国际选品中心，实现优势产业全覆盖。", "商务局", "", "林琪@商务局", "吴靖宇");
    d.section("二、在高水平建设国家创新型县市上开新局，推动两创深度融合", "(一) 提升科技创新策源能力");
    d.row("23", "支持企业与高校、院所、平台组建创新联合体，布局建设一批创新实验室、工程研究中心和新型研发机构，新增产学研合作项目超 900 个，建成投用 9 个中试平台，推动规上高新技术企业数量突破 400 家，专精特新企业超 250 家、创新型中小企业超 500 家。",
        "科技局 工信局", "", "许紫竹@科技局 林永红@工信局", "陈进福");
    d.section("四、在深化改革扩大开放上开新局，更好融入国内国际双循环", "(二) 深化要素市场化改革");
    d.row("45", "深入推进盘活利用低效用地试点，出台混合产业用地改造、工商业用地使用权续期等政策，推进批而未供闲置土地处置，妥善解决历史遗留建设用地问题，盘活低效用地 7000 亩以上。",
        "盘活办 自然资源局 各镇人民政府、街道办事处 经济开发区管委会", "", "陈英俊@自然资源局 许国鑫@经济开发区管委会", "张健龙");
    d.row("59", "做强晋贸、瑞贸等国企外贸综合服务功能，为中小企业提供全流程、低成本的“一站式”出海解决方案，打造“万船出海拼全球”格局。",
        "“晋品出海”指挥部", "", "林琪@“晋品出海”指挥部", "黄天凯");
    d.section("七、在打造共同富裕范例城市上开新局，创造更高品质生活", "(一) 织密社会保障网络");
    d.row("94", "构建全周期、多适配人才住房保障体系，新增1000套保租房。", "住建局", "", "施荣进@住建局", "吴尊意");
    d.row("96", "优化提升20个养老服务设施，新增认知症障碍照护床位100张。", "民政局", "", "周先进@民政局", "陈丽蓉");
    d.row("98", "“四帮四扶”150户困难家庭。", "民政局", "", "周先进@民政局", "陈丽蓉");
    d.section("七、在打造共同富裕范例城市上开新局，创造更高品质生活", "(三)全力守护人民健康");
    d.row("105", "实施 20 个医疗卫生项目，推动上海六院福建医院和敏院区高标准开业运营，提升国家区域医疗中心建设水平。",
        "卫健局 上海六院福建医院和敏院区运营筹备工作专班", "", "蔡婉滨@卫健局 陈_铭@上海六院福建医院和敏院区运营筹备工作专班", "吴尊意");
    d.row("108", "深化中菲中医药海外合作，争创国家级中医药文化宣传教育基地。", "卫健委", "", "蔡婉滨@卫健委", "吴尊意");
    return d.build();
  }

  public static ParsedDocument report() {
    Doc d = new Doc("晋江市", 2025, TaskRow.KIND_REPORT, "", REPORT, "jinjiang-2025-report");
    d.section("二、2025 年主要工作安排", "（一）聚焦产业升级");
    d.row("1", "深化拓展“1+6”专项行动，推动鞋服纺织等传统产业向高端化、智能化、绿色化转型，大力发展集成电路、新能源等新兴产业。", "", "", "", "");
    d.row("3", "拓展跨境电商“展仓播”一体化，新增公共海外仓 5 个，推动外贸稳规模优结构。", "", "", "", "");
    d.section("二、2025 年主要工作安排", "（五）优化城乡空间");
    d.row("5", "持续优化“三生空间”，推进片区更新拓面提质，提升城市品质。", "", "", "", "");
    d.section("二、2025 年主要工作安排", "（七）兜牢民生底线");
    d.row("7", "深化“四帮四扶”行动，完善分层分类社会救助体系，加快发展养老托育服务。", "", "", "", "");
    d.glossary("“四帮四扶”", "“四帮”即帮就业、帮就医、帮就学、帮安居；“四扶”即扶贫困、扶老幼、扶伤残、扶志气。");
    d.glossary("“三生空间”", "生产、生活、生态空间。");
    d.glossary("跨境电商“展仓播”一体化", "海外展示中心、海外仓、跨境直播一体化。");
    return d.build();
  }

  public static ParsedDocument contest() {
    Doc d = new Doc("晋江市", 2026, TaskRow.KIND_CONTEST, "晋政办〔2026〕1号", CONTEST, "jinjiang-2026-contest");
    d.section("(一) 1 项在全国范围内领先示范的工作");
    d.row("1", "纵深推进国家级盘活利用低效用地试点工作。", "自然资源局", "", "", "张健龙");
    d.row("2", "打造“超级晋江”IP。", "商务局", "", "", "吴靖宇");
    d.row("6", "推动“企业家+科学家”融合创新。", "科技局", "", "", "陈进福");
    d.section("（二）2 项在全省领先示范的工作");
    d.row("4", "推进外贸生态提质增效工作。", "商务局", "", "", "吴靖宇");
    d.row("8", "打造全国领先的鞋服纺织供应链创新中心和采购商服务中心。", "陈埭镇 鞋纺城公司", "", "", "陈英煌");
    return d.build();
  }

  public static ParsedDocument nanan() {
    Doc d = new Doc("南安市", 2026, TaskRow.KIND_BREAKDOWN, "南政办〔2025〕47号", NANAN, "nanan-2026-breakdown");
    d.section("一、2026年主要预期目标");
    d.row("1", "地区生产总值增长5%", "发改局", "各乡镇（街道）、开发区", "", "吴振强");
    d.row("4", "工业增加值增长5.3%", "工信局", "各乡镇（街道）、开发区", "", "易辉泉");
    d.section("二、2026年重点工作任务", "（一）全力激发经济动能");
    d.row("7", "大力开展基金招商、场景招商、产业链招商、科创赛事招商，建设“成功投资”招商平台，招引一批整机型、链主型、科技型项目，支持民间资本投资新质生产力、新兴服务业、新型基础设施，签约招商项目总投资1100亿元。",
        "商务局", "统战部 发改局 科技局", "", "邱雪亮");
    d.row("11", "继续实施“扬帆出海·再下南洋”专项行动，建好水暖卫浴、石材等2个国际供应链集散中心和4个行业选品中心，外贸集聚区新入驻企业50家，再建一批公共海外仓、海外展销中心和服务点，大力发展跨境电商，积极引进国际检验检测、认证、法务、结算、物流等外贸综合服务机构，支持企业抱团参展、海外收购、出海创牌，外贸进出口额超210亿元。",
        "商务局", "各相关单位", "", "邱雪亮");
    d.row("12", "加快构建地籍“一张图”，完成土地整治项目12个，探索“混合产业用地供应+土地用途灵活转换”方式，推动低效用地再开发从单宗盘活向片区综合开发转变，获批用地3000亩以上，盘活闲置低效用地3000亩以上，出让产业用地6000亩以上。",
        "资源局", "", "", "周  全");
    d.row("23", "实施“一超多强、专精集群”培育计划，推动细分领域头部企业成长为“隐形冠军”，实现更多企业“上量、上规、上市、上榜”，新增规上企业100家、专精特新企业30家。",
        "工信局", "", "", "易辉泉");
    d.row("28", "抓住芯片国产化替代机遇，以三安为链主，集聚一批上下游企业，打造芯片产业生态圈。", "泉州芯谷南安分园区", "", "", "吴振强");
    d.row("40", "推进养老服务体系建设，新增普惠养老床位300张，发展社区居家养老服务。", "民政局", "各乡镇（街道）", "", "陈进福");
    return d.build();
  }

  public static ParsedDocument quangang() {
    Doc d = new Doc("泉港区", 2026, TaskRow.KIND_BREAKDOWN, "泉港政办〔2026〕1号", QUANGANG, "quangang-2026-breakdown");
    d.section("一、“十五五”工作目标", "(一) 实施“双创融合”工程，持续发展现代多元产业");
    d.row("2", "推动人工智能同产业融合发展，争取至2030年石化产值突破1500亿元、健康产业产值突破300亿元，多元新质产业成型成势。",
        "工信局 园区经发科", "发改局 科技局 各镇(街道)", "", "");
    d.row("3", "“四上”企业数量、产值5亿元以上工业企业数量、工业园区亩均税收实现“翻一番”，打造具有全球影响力的国家级绿色石化产业基地。",
        "发改局 工信局 商务局 园区经发科", "各镇（街道）", "", "");
    d.section("三、2026 年区政府主要工作", "(一) 开展产业能级跃升攻坚行动，精准激活经济增长潜力");
    d.row("39", "全力推进工业低效用地和农村闲置土地盘活利用。", "工信局 自然资源局", "各镇(街道)", "", "");
    d.row("44", "争取规上工业企业研发经费支出增长 10% 以上，推动 10 个以上科技创新成果项目落地为企，培育国家高新技术企业 6 家、省级以上专精特新中小企业 12 家。",
        "科技局 工信局", "高新园区指挥部 相关镇（街道）", "", "");
    d.row("49", "健全完善企业“白名单”动态服务机制，支持塔瑞克供应链等企业布局海外仓及展销中心，深化内外贸一体化发展。",
        "商务局", "区直相关单位 各镇（街道）", "", "");
    d.row("50", "加快泉港区跨境电商集聚区招商运营与生态构建，力争跨境电商出口实现倍增式增长。", "商务局", "各镇（街道）", "", "");
    d.row("17", "推进打造全国生育友好型社会，建设青年发展型城市，健全“1+N”托育服务体系、普惠养老服务体系，普及全民健身运动。",
        "民政局 卫健局 文体旅游局 妇联", "团区委 计生协会 各镇（街道）", "", "");
    return d.build();
  }

  /** Accumulates one document's rows in order, the way ingest emits them. */
  public static final class Doc {
    private final String region;
    private final int year;
    private final String kind;
    private final String docNo;
    private final String source;
    private final String idPrefix;
    private List<String> section = List.of();
    private final List<TaskRow> rows = new ArrayList<>();
    private final List<GlossaryEntry> glossary = new ArrayList<>();

    public Doc(String region, int year, String kind, String docNo, String source, String idPrefix) {
      this.region = region;
      this.year = year;
      this.kind = kind;
      this.docNo = docNo;
      this.source = source;
      this.idPrefix = idPrefix;
    }

    public void section(String... headings) {
      section = List.of(headings);
    }

    /** Units space-separated; leaders as name@unit, space-separated; overseers space-separated. */
    public void row(String seq, String task, String lead, String support, String leaders, String overseers) {
      List<Leader> ls = new ArrayList<>();
      for (String l : words(leaders)) {
        String[] p = l.split("@", 2);
        ls.add(new Leader(p[0].replace('_', ' '), p.length > 1 ? p[1] : null));
      }
      rows.add(new TaskRow(idPrefix + "-" + seq, region, year, kind, docNo, region + "文件", "2026-01-11",
          source, section, seq, task, words(lead), words(support), ls, names(overseers)));
    }

    public void glossary(String term, String explanation) {
      glossary.add(new GlossaryEntry(term, explanation, region, source));
    }

    public ParsedDocument build() {
      return new ParsedDocument(source, rows, glossary, List.of());
    }

    private static List<String> words(String s) {
      return s.isBlank() ? List.of() : Arrays.asList(s.strip().split(" +"));
    }

    /** Keeps a padded name ("周  全") whole: a double space inside one name is not a separator. */
    private static List<String> names(String s) {
      return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("(?<! ) (?! )"));
    }
  }

  private SampleCorpus() {}
}
