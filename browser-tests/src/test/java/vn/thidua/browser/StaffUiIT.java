package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.ServiceProcess;

/**
 * The staff UI in headless Chromium against both services running as real processes on throwaway
 * stores. Skipped (with a message) where Debian's chromium and chromium-driver are not installed;
 * .ci/run installs them. Screenshots of every page visited go to target/screenshots/; with
 * -Dthidua.docs-screenshot=true the dashboard's also replaces docs/screenshots/dashboard.png.
 */
class StaffUiIT {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static EmbeddedStores stores;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;
  private static Api command;
  private static String ui;
  private static final List<Browser> browsers = new ArrayList<>();

  @BeforeAll
  static void startTheSystemAndItsHistory() {
    assumeTrue(
        Browser.installed(),
        "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
            + " (apt-get install -y chromium chromium-driver)");
    stores = EmbeddedStores.startThrowaway();
    int commandPort = FreePorts.next();
    int queryPort = FreePorts.next();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
    environment.put("THIDUA_EVENTSTORE_USER", EmbeddedStores.USER);
    environment.put("THIDUA_EVENTSTORE_PASSWORD", EmbeddedStores.PASSWORD);
    environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
    environment.put("DBSCHEDULER_POLLINGINTERVAL", "1s");
    environment.put("THIDUA_SECURITY_CORSORIGINS", "http://localhost:" + queryPort);
    environment.put("THIDUA_UI_COMMANDURL", "http://localhost:" + commandPort);
    commandSide =
        ServiceProcess.fromJar("command-side", "thidua.commandSideJar")
            .port(commandPort)
            .environment(environment)
            .start(Duration.ofSeconds(120));
    querySide =
        ServiceProcess.fromJar("query-side", "thidua.querySideJar")
            .port(queryPort)
            .environment(environment)
            .start(Duration.ofSeconds(120));
    command = new Api(commandSide.url());
    ui = querySide.url() + "/ui/";
    recordTheHistory();
  }

  @AfterAll
  static void stopTheSystem() {
    browsers.forEach(Browser::close);
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    if (stores != null) {
      stores.close();
    }
  }

  @Test
  void aVerdictRecordedByTheClerkChangesTheDashboardOfAnotherSessionWithoutAReload()
      throws IOException {
    Browser analyst = browser();
    analyst.login("phantich");
    new Select(analyst.waitFor(By.id("dash-campaign"))).selectByValue("QN-2023");
    analyst
        .waiting(Duration.ofSeconds(15))
        .until(page -> resolvedCellOf(analyst, "TAND-QN").getText().equals("2"));
    analyst.driver.executeScript("window.stillTheSamePage = true");
    analyst.driver.findElement(By.cssSelector("tr[data-unit='TAND-QN']")).click();
    analyst.waitFor(By.cssSelector("[data-testid=breakdown] h3"));

    Browser clerk = browser();
    clerk.login("thuky.qn");
    clerk.open("caseload");
    clerk.type("record-verdict", "caseId", "QN-C3");
    clerk.date("record-verdict", "resolvedOn", "2023-05-10");
    clerk.choose("record-verdict", "outcome", "TRIED");
    assertThat(clerk.submit("record-verdict")).isEqualTo("Đã ghi nhận.");
    clerk.screenshot("verdict-caseload");

    analyst
        .waiting(Duration.ofSeconds(15))
        .until(page -> resolvedCellOf(analyst, "TAND-QN").getText().equals("3"));
    assertThat(analyst.driver.executeScript("return window.stillTheSamePage")).isEqualTo(true);
    assertThat(analyst.driver.findElement(By.cssSelector("[data-testid=breakdown]")).getText())
        .contains("TAND tỉnh Quảng Ninh");
    assertThat(analyst.driver.findElement(By.id("trend")).isDisplayed()).isTrue();
    sleep(Duration.ofSeconds(3)); // the trend chart redraws shortly after a live update
    Path dashboard = analyst.screenshot("verdict-dashboard");
    if (Boolean.getBoolean("thidua.docs-screenshot")) {
      Path docs = Path.of(System.getProperty("thidua.docsScreenshots"));
      Files.createDirectories(docs);
      Files.copy(dashboard, docs.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void pledgeVoteAndDecisionShowInTheAuditorsTrail() {
    Browser head = browser();
    head.login("truongdonvi.qn");
    head.open("covenant");
    head.type("sign-pledge", "covenantId", "GU-IV-2024");
    head.type("sign-pledge", "unitId", "TAND-QN");
    head.type("sign-pledge", "signerName", "Nguyễn Văn A");
    head.date("sign-pledge", "signedOn", "2023-12-15");
    assertThat(head.submit("sign-pledge")).isEqualTo("Đã ghi nhận.");
    head.screenshot("audit-covenant");

    Browser member = browser();
    member.login("uyvien.hd");
    member.open("recognition");
    member.type("vote", "ballotId", "hd-qn-2023");
    member.type("vote", "nominationId", "ttltt-qn-2023");
    member.choose("vote", "choice", "FOR");
    assertThat(member.submit("vote")).isEqualTo("Đã ghi nhận.");
    member.driver.navigate().refresh();
    member.waitFor(By.cssSelector("[data-testid=vote]"));
    member.type("vote", "ballotId", "hd-qn-2023");
    member.type("vote", "nominationId", "ttltt-qn-2023");
    assertThat(member.submit("vote")).as("a second vote is refused").isNotEqualTo("Đã ghi nhận.");
    member.screenshot("audit-recognition-vote");

    command.expect(200, "totochuc.qn", "/api/ballots/hd-qn-2023/close", "");

    Browser decider = browser();
    decider.login("chanhan.qn");
    decider.open("recognition");
    decider.type("decide", "nominationId", "ttltt-qn-2023");
    decider.type("decide", "decisionNumber", "15-QD-TAQN");
    decider.type("decide", "signer", "Chánh án TAND tỉnh Quảng Ninh");
    assertThat(decider.submit("decide")).isEqualTo("Đã ghi nhận.");
    decider.screenshot("audit-recognition-decide");

    Browser auditor = browser();
    auditor.login("kiemtra");
    auditor.open("audit");
    auditor
        .waiting(Duration.ofSeconds(30))
        .until(
            page -> {
              auditor.driver.findElement(By.cssSelector("[data-testid=trail] button")).click();
              String trail =
                  auditor
                      .driver
                      .findElement(By.cssSelector("[data-testid=trail-result]"))
                      .getText();
              return trail.contains("PledgeSigned")
                  && trail.contains("BallotClosed")
                  && trail.contains("AwardDecided");
            });
    String trail =
        auditor.driver.findElement(By.cssSelector("[data-testid=audit-trail]")).getText();
    assertThat(trail).contains("truongdonvi.qn").contains("chanhan.qn");
    auditor.driver.findElement(By.cssSelector("[data-testid=verify-chain]")).click();
    String chain =
        auditor
            .waiting(Duration.ofSeconds(20))
            .until(
                page -> {
                  String text =
                      auditor.driver.findElement(By.cssSelector("[data-testid=chain]")).getText();
                  return text.length() > 3 ? text : null;
                });
    // the chain verification is another helper's work: either its answer or a clear 404 message
    assertThat(chain).containsAnyOf("Kiểm tra chuỗi băm", "chưa có trên máy chủ");
    auditor.screenshot("audit-trail");
  }

  @Test
  void aRefusedFormShowsTheVietnameseReasonBesideTheFieldAndKeepsTheValues() {
    Browser clerk = browser();
    clerk.login("thuky.qn");
    clerk.open("caseload");
    clerk.type("accept-case", "unitId", "TAND-QN");
    clerk.date("accept-case", "acceptedOn", "2099-01-01");
    clerk.type("accept-case", "caseId", "QN-SAI-1");
    clerk.field("accept-case", "caseId").sendKeys(Keys.ENTER);
    clerk.waitFor(By.cssSelector("[data-testid=accept-case] .result p"));

    WebElement acceptedOn = clerk.field("accept-case", "acceptedOn");
    assertThat(acceptedOn.getAttribute("aria-invalid")).isEqualTo("true");
    String error =
        clerk.driver.findElement(By.id(acceptedOn.getAttribute("aria-describedby"))).getText();
    assertThat(error).isEqualTo("Ngày này chưa đến; chỉ ghi nhận việc đã xảy ra.");
    assertThat(clerk.field("accept-case", "caseId").getAttribute("value")).isEqualTo("QN-SAI-1");
    assertThat(clerk.field("accept-case", "unitId").getAttribute("value")).isEqualTo("TAND-QN");
    assertThat(acceptedOn.getAttribute("value")).isEqualTo("2099-01-01");
    clerk.screenshot("error-caseload");

    clerk.resize(390, 844);
    clerk.screenshot("error-caseload-phone");
    Number overflow =
        (Number)
            clerk.driver.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow.intValue())
        .as("no sideways scrolling at phone width")
        .isLessThanOrEqualTo(0);

    // every page once, as the administrator sees them, for the screenshots
    Browser admin = browser();
    admin.login("quantri");
    for (String page :
        List.of(
            "dashboard",
            "campaigns",
            "covenant",
            "caseload",
            "recognition",
            "audit",
            "analytics")) {
      admin.open(page);
      sleep(Duration.ofMillis(800));
      admin.screenshot("page-" + page);
    }
    admin.driver.findElement(By.id("lang")).click();
    admin.waitFor(By.xpath("//nav/a[text()='Dashboard']"));
    assertThat(admin.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    admin.screenshot("page-analytics-english");
  }

  @Test
  void anOverlappingPhaseIsShownBesideThatPhaseAndTheCorrectedCampaignIsLaunched() {
    Browser organiser = browser();
    organiser.login("totochuc.qn");
    organiser.open("campaigns");
    String form = "launch-campaign";
    organiser.type(form, "campaignId", "QN-2024-UI");
    organiser.type(form, "organiserUnitId", "TAND-QN");
    organiser.type(form, "title", "Thi đua năm 2024");
    organiser.date(form, "startsOn", "2024-01-01");
    organiser.date(form, "endsOn", "2024-12-31");
    organiser.type(form, "participantUnitIds", "TAND-QN, TAND-HP");
    organiser.type(form, "phases[0].phaseId", "dot-1");
    organiser.type(form, "phases[0].name", "Đợt 1");
    organiser.date(form, "phases[0].startsOn", "2024-01-01");
    organiser.date(form, "phases[0].endsOn", "2024-06-30");
    organiser.type(form, "phases[1].phaseId", "dot-2");
    organiser.type(form, "phases[1].name", "Đợt 2");
    organiser.date(form, "phases[1].startsOn", "2024-06-01");
    organiser.date(form, "phases[1].endsOn", "2024-12-31");
    organiser.type(form, "criteria[0].target", "90");
    organiser.type(form, "reason", "Kế hoạch thi đua năm 2024");

    assertThat(organiser.submit(form)).isEqualTo("Vui lòng sửa các ô được đánh dấu.");
    WebElement phase = organiser.field(form, "phases[1].phaseId");
    assertThat(phase.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(
            organiser.driver.findElement(By.id(phase.getAttribute("aria-describedby"))).getText())
        .isEqualTo("Các đợt thi đua không được trùng thời gian.");
    organiser.screenshot("campaign-overlap");

    organiser.date(form, "phases[1].startsOn", "2024-07-01");
    assertThat(organiser.submit(form)).isEqualTo("Đã ghi nhận.");
    organiser
        .waiting(Duration.ofSeconds(15))
        .until(
            page -> {
              page.findElement(By.cssSelector("[data-testid=campaign-list]"))
                  .findElement(By.xpath("preceding-sibling::button"))
                  .click();
              return page.findElement(By.cssSelector("[data-testid=campaign-list]"))
                  .getText()
                  .contains("QN-2024-UI");
            });
    organiser.screenshot("campaign-launched");
  }

  private static WebElement resolvedCellOf(Browser browser, String unitId) {
    return browser.waitFor(By.cssSelector("tr[data-unit='" + unitId + "'] td:nth-child(4)"));
  }

  private static Browser browser() {
    Browser browser = new Browser(ui);
    browsers.add(browser);
    return browser;
  }

  /**
   * Courts, a cluster and its covenant, last year's caseload, a campaign, a nomination, a ballot.
   */
  private static void recordTheHistory() {
    registerUnit("TANDTC", "Tòa án nhân dân tối cao", "SUPREME", null);
    registerUnit("TAND-QN", "TAND tỉnh Quảng Ninh", "PROVINCIAL", "TANDTC");
    registerUnit("TAND-HP", "TAND thành phố Hải Phòng", "PROVINCIAL", "TANDTC");
    registerUnit("TAND-HD", "TAND tỉnh Hải Dương", "PROVINCIAL", "TANDTC");
    command.expect(
        201,
        "totochuc.qn",
        "/api/clusters",
        """
        {"clusterId":"CUM-IV-2023","emulationYear":2023,"name":"Cụm thi đua số IV",
         "memberUnitIds":["TAND-QN","TAND-HP","TAND-HD"],"chairUnitId":"TAND-QN","deputyUnitId":"TAND-HP"}
        """);
    command.expect(
        201,
        "totochuc.qn",
        "/api/covenants",
        """
        {"covenantId":"GU-IV-2023","clusterId":"CUM-IV-2023","year":2023,
         "commitments":[{"metric":"RESOLUTION_RATE","target":90,"note":"Trên 90 %"}]}
        """);
    // next year's covenant, which the unit head of TAND-QN signs in the browser
    command.expect(
        201,
        "totochuc.qn",
        "/api/clusters",
        """
        {"clusterId":"CUM-IV-2024","emulationYear":2024,"name":"Cụm thi đua số IV",
         "memberUnitIds":["TAND-QN","TAND-HP","TAND-HD"],"chairUnitId":"TAND-QN","deputyUnitId":"TAND-HP"}
        """);
    command.expect(
        201,
        "totochuc.qn",
        "/api/covenants",
        """
        {"covenantId":"GU-IV-2024","clusterId":"CUM-IV-2024","year":2024,
         "commitments":[{"metric":"RESOLUTION_RATE","target":92,"note":"Trên 92 %"}]}
        """);
    // this year's is signed by all (the nomination's gates ask for the registered title)
    for (String unit : List.of("TAND-HP", "TAND-HD", "TAND-QN")) {
      command.expect(
          201,
          "quantri",
          "/api/covenants/GU-IV-2023/pledges",
          """
          {"unitId":"%s","signerName":"Chánh án","signerRole":"Chánh án","signedOn":"2022-12-10",
           "registeredTitles":["ADVANCED_COLLECTIVE"]}
          """
              .formatted(unit));
    }
    for (int i = 1; i <= 3; i++) {
      command.expect(
          201,
          "thuky.qn",
          "/api/cases",
          "{\"caseId\":\"QN-C%d\",\"unitId\":\"TAND-QN\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2022-10-1%d\"}"
              .formatted(i, i));
    }
    for (int i = 1; i <= 2; i++) {
      command.expect(
          201,
          "thuky.qn",
          "/api/cases/QN-C" + i + "/verdict",
          "{\"resolvedOn\":\"2023-01-1%d\",\"outcome\":\"TRIED\"}".formatted(i));
    }
    command.expect(
        201,
        "quantri",
        "/api/cases",
        "{\"caseId\":\"HP-C1\",\"unitId\":\"TAND-HP\",\"caseType\":\"CRIMINAL\",\"acceptedOn\":\"2022-11-01\"}");
    command.expect(
        201,
        "totochuc.qn",
        "/api/campaigns",
        """
        {"campaignId":"QN-2023","organiserUnitId":"TAND-QN","title":"Thi đua năm 2023",
         "startsOn":"2022-10-01","endsOn":"2023-09-30","participantUnitIds":["TAND-QN","TAND-HP","TAND-HD"],
         "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"},
                   {"phaseId":"dot-2","name":"Đợt 2","startsOn":"2023-04-01","endsOn":"2023-09-30"}],
         "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90},
                     {"metric":"ANNULLED_AMENDED_RATE","direction":"LOWER_IS_BETTER","target":1.5}],
         "reason":"Kế hoạch thi đua năm 2023"}
        """);
    // the phases ended long ago: the durable deadlines freeze them within seconds
    String nomination =
        """
        {"nominationId":"ttltt-qn-2023","title":"ADVANCED_COLLECTIVE","emulationYear":2023,
         "nominee":{"unitId":"TAND-QN","name":"TAND tỉnh Quảng Ninh"},
         "basis":{"campaignId":"QN-2023","phaseId":"dot-1"},
         "facts":{"members":40,"advancedWorkers":30,"unitStaff":40}}
        """;
    Instant deadline = Instant.now().plusSeconds(60);
    Api.Answer nominated = command.post("thidua.qn", "/api/nominations", nomination);
    while (nominated.status() == 422 && Instant.now().isBefore(deadline)) {
      sleep(Duration.ofMillis(500));
      nominated = command.post("thidua.qn", "/api/nominations", nomination);
    }
    assertThat(nominated.status()).as(String.valueOf(nominated.body())).isEqualTo(201);
    assertThat(nominated.body().path("eligible").asBoolean())
        .as(nominated.body().toString())
        .isTrue();
    command.expect(
        201,
        "totochuc.qn",
        "/api/ballots",
        """
        {"ballotId":"hd-qn-2023","nominationIds":["ttltt-qn-2023"],
         "voterKind":"COUNCIL_MEMBERS","voters":["uyvien.hd"],"closesOn":"%s"}
        """
            .formatted(TODAY.plusDays(7)));
  }

  private static void registerUnit(String unitId, String name, String level, String parent) {
    String parentField = parent == null ? "" : ",\"parentUnitId\":\"" + parent + "\"";
    JsonNode answer =
        command.expect(
            201,
            "quantri",
            "/api/units",
            "{\"unitId\":\"%s\",\"name\":\"%s\",\"level\":\"%s\",\"judges\":20%s}"
                .formatted(unitId, name, level, parentField));
    assertThat(answer.path("unitId").asText()).isEqualTo(unitId);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
