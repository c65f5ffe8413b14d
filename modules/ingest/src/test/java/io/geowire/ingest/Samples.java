package io.geowire.ingest;

import java.util.List;

/** Example articles written for these tests (fictional places and people). */
final class Samples {
    private Samples() {
    }

    /** A report on a dock strike. */
    static final List<String> STRIKE = List.of(
            "Dock workers at the port of Valmora walked off the job on Tuesday, halting the loading of grain ships "
                    + "that carry most of the region's harvest to buyers overseas. The union said the strike would "
                    + "continue until the harbour authority agreed to restore the night-shift bonus it cut in the "
                    + "spring.",
            "The stoppage comes at a difficult moment for farmers, who have already filled their silos and were "
                    + "counting on the autumn shipping season to pay off their loans. Several cooperatives warned "
                    + "that grain could begin to spoil within weeks if the vessels stay idle at the quay.",
            "Harbour officials described the union's demands as unrealistic and said the bonus had been "
                    + "suspended because traffic fell sharply during the previous year. They added that talks could "
                    + "resume as soon as the workers returned to their posts, a condition the union rejected.",
            "Shipping agents estimate that twelve vessels are now waiting in the outer anchorage, and that each "
                    + "day of delay costs their owners thousands in fees. Some captains have already asked for "
                    + "permission to sail to the smaller terminal at Corsende, although its cranes can handle only "
                    + "a fraction of the cargo.",
            "The regional governor urged both sides to meet without preconditions and offered to host the talks "
                    + "in her own office. Analysts expect the dispute to drag on for at least another week, since "
                    + "neither party appears willing to make the first move.");

    /** Another article on the same strike, written independently. */
    static final List<String> STRIKE_OTHER = List.of(
            "For the third day in a row, not a single grain carrier left Valmora, where a walkout by stevedores "
                    + "has brought the busiest export harbour of the province to a standstill. Farmers' groups say "
                    + "the timing could hardly be worse.",
            "At the heart of the quarrel is a payment for night work that the port administration scrapped "
                    + "earlier this year, saying revenues had collapsed. Union leaders argue that their members "
                    + "kept the terminals running through the worst months and deserve to be rewarded for it.",
            "Traders in the capital have begun to look for other routes. A consultant who advises several "
                    + "exporters said that rail wagons to the northern border were fully booked and that trucks "
                    + "were too expensive to replace ships on such distances.",
            "Meanwhile the queue of vessels keeps growing. Pilots counted a dozen bulk carriers at anchor on "
                    + "Thursday morning, and insurers have started to ask owners how long they intend to wait "
                    + "before diverting their cargo elsewhere.",
            "The governor has proposed mediation, but the port administration insists that work must resume "
                    + "before any negotiation. Observers doubt that a deal will be reached before the weekend.");

    /** An unrelated article. */
    static final List<String> SOLAR = List.of(
            "Engineers switched on the first section of a large solar farm near the desert town of Orvain this "
                    + "week, connecting some forty thousand panels to the national grid. The project's owners said "
                    + "the plant would supply enough electricity for about sixty thousand homes once it is finished.",
            "Construction began two years ago and was delayed by sandstorms and by a shortage of transformers, "
                    + "which had to be ordered from abroad. Local officials hope the farm will create jobs in a "
                    + "district where many young people leave to look for work in the cities.",
            "Critics point out that the grid in the region is weak and that much of the power produced at midday "
                    + "may have to be curtailed unless new lines are built. The energy ministry has promised to "
                    + "publish a plan for additional transmission capacity before the end of the year.");

    static final String ITALIAN = "Il consiglio comunale di Brenzano ha approvato ieri sera il nuovo piano per il "
            + "trasporto pubblico, che prevede tre linee di autobus elettrici e una pista ciclabile lungo il fiume. "
            + "Secondo il sindaco, i lavori cominceranno in primavera e dovrebbero concludersi entro due anni. "
            + "L'opposizione ha criticato il costo del progetto, ma ha riconosciuto che la città ha bisogno di "
            + "collegamenti migliori tra il centro e i quartieri periferici, dove vive ormai la metà degli abitanti.";

    static final String GERMAN = "Der Stadtrat von Kellheim hat am Dienstag beschlossen, die alte Brücke über den "
            + "Fluss zu sanieren, anstatt sie abzureißen. Die Arbeiten sollen im Frühjahr beginnen und etwa zwei "
            + "Jahre dauern. Während dieser Zeit wird der Verkehr über eine provisorische Brücke umgeleitet, die "
            + "von Pionieren der Feuerwehr errichtet wird. Die Kosten werden auf rund zwölf Millionen Euro geschätzt.";

    /** Chinese, a language without a stopword list here. */
    static final List<String> CHINESE = List.of(
            "瓦尔莫拉港的码头工人星期二开始罢工，导致运往海外的粮食船停止装货。工会表示，在港务局恢复春季取消的夜班奖金之前，罢工将继续进行。",
            "许多农民已经把粮仓装满，原本希望依靠秋季航运季节来偿还贷款。几家合作社警告说，如果船只继续停在码头，粮食可能在几周内开始变质。",
            "港口官员认为工会的要求不切实际，并表示奖金是因为去年运输量大幅下降才被暂停的。他们说，只要工人回到岗位，谈判就可以恢复，但工会拒绝了这一条件。",
            "航运代理估计，目前有十二艘船在外锚地等待，每延误一天，船东就要支付数千元的费用。一些船长已经申请前往科尔森德的小码头，尽管那里的起重机只能处理一小部分货物。");

    static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs) + "\n";
    }
}
