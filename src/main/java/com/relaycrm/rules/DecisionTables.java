package com.relaycrm.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.decisiontable.DecisionTableProviderImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.utils.KieHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The Drools facade: every {@code *.drl.csv} decision table under {@code relay.rules.location} becomes its own
 * KieBase, named after the file ({@code service-triage.drl.csv} is table {@code service-triage}).
 *
 * <p>Tables in an external folder are checked for changes at most once a second when asked; a changed table is
 * rebuilt and replaces the old one only if it compiles to at least one rule without errors, so a broken edit
 * never takes the rules in force away.
 */
@Service
public class DecisionTables {

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);
    private static final String SUFFIX = ".drl.csv";
    private static final long RECHECK_MILLIS = 1000;

    private final ResourcePatternResolver resolver;
    private final String location;
    private final Map<String, LoadedTable> tables = new ConcurrentHashMap<>();
    /** Last-modified time of a changed table that was refused, so the refusal is logged once per edit. */
    private final Map<String, Long> rejected = new ConcurrentHashMap<>();
    private volatile long lastCheck;

    /** A table in force; {@code answers} holds what {@link #decideRemembered} learnt from this version. */
    record LoadedTable(String name, String source, String version, long lastModified, KieBase kieBase, int ruleCount,
                       Map<List<Object>, Decision> answers) {}

    /** At most this many remembered answers per table version ({@link #decideRemembered}). */
    static final int REMEMBERED = 1_000;

    public DecisionTables(ResourcePatternResolver resolver, @Value("${relay.rules.location}") String location) {
        this.resolver = resolver;
        this.location = location.endsWith("/") ? location : location + "/";
        reloadChanged();
        if (tables.isEmpty()) {
            throw new DecisionTableException("No decision tables (*" + SUFFIX + ") found at " + this.location);
        }
        log.info("Decision tables loaded from {}: {}", this.location, describe());
    }

    /** Puts the question to the named table; the first matching row decides. */
    public <T extends Decision> T decide(String table, T question) {
        return decide(table(table), question);
    }

    /**
     * As {@link #decide}, for a question whose answer depends on nothing but {@code inputs} (the values its table's
     * conditions read): the decided question is remembered for this version of the table, and later questions of
     * the same class and inputs get that answer (read-only, as every decided question is) without firing the rules
     * again, until the table changes. For questions asked at every step with few distinct inputs (a service request's
     * type and member tier); at most {@value #REMEMBERED} answers per table version are kept.
     */
    @SuppressWarnings("unchecked")
    public <T extends Decision> T decideRemembered(String table, List<Object> inputs, T question) {
        LoadedTable loaded = table(table);
        List<Object> key = List.of(question.getClass(), inputs);
        Decision known = loaded.answers().get(key);
        if (known != null) {
            return (T) known;
        }
        T decided = decide(loaded, question);
        if (loaded.answers().size() < REMEMBERED) {
            loaded.answers().putIfAbsent(key, decided);
        }
        return decided;
    }

    private <T extends Decision> T decide(LoadedTable loaded, T question) {
        String table = loaded.name();
        question.tableVersion(loaded.version());
        loaded.kieBase().newStatelessKieSession().execute(question);
        if (!question.isDecided()) {
            throw new DecisionTableException("Decision table '" + table + "' (" + loaded.source()
                    + ") has no row matching " + question);
        }
        String missing = question.missingOutcome();
        if (missing != null) {
            throw new DecisionTableException("Decision table '" + table + "' row " + question.getRule()
                    + " matched " + question + " but sets no " + missing);
        }
        return question;
    }

    /** Number of rules the named table compiled to (a table that compiles to none is refused). */
    public int ruleCount(String table) {
        return table(table).ruleCount();
    }

    /** Content hash of the table in force. */
    public String version(String table) {
        return table(table).version();
    }

    private LoadedTable table(String name) {
        if (System.currentTimeMillis() - lastCheck > RECHECK_MILLIS) {
            reloadChanged();
        }
        LoadedTable loaded = tables.get(name);
        if (loaded == null) {
            throw new DecisionTableException("No decision table '" + name + "' at " + location
                    + " (known: " + tables.keySet() + ")");
        }
        return loaded;
    }

    private synchronized void reloadChanged() {
        lastCheck = System.currentTimeMillis();
        org.springframework.core.io.Resource[] resources;
        try {
            resources = resolver.getResources(location + "**/*" + SUFFIX);
        } catch (IOException e) {
            log.error("Cannot list decision tables at {}: {}", location, e.getMessage());
            return;
        }
        for (org.springframework.core.io.Resource resource : resources) {
            String file = resource.getFilename();
            if (file == null) {
                continue;
            }
            String name = file.substring(0, file.length() - SUFFIX.length());
            try {
                long modified = lastModified(resource);
                LoadedTable current = tables.get(name);
                if (current != null && current.lastModified() == modified
                        || rejected.getOrDefault(name, -1L) == modified) {
                    continue;
                }
                byte[] content;
                try (InputStream in = resource.getInputStream()) {
                    content = in.readAllBytes();
                }
                String version = sha256(content);
                if (current != null && current.version().equals(version)) {
                    // touched but not changed: remember the new time so the file is not read again each check
                    tables.put(name, new LoadedTable(name, current.source(), version, modified, current.kieBase(),
                            current.ruleCount(), current.answers()));
                    continue;
                }
                tables.put(name, build(name, resource.getDescription(), content, version, modified));
                rejected.remove(name);
                if (current != null) {
                    log.info("Decision table '{}' reloaded: version {} -> {}", name, current.version(), version);
                }
            } catch (DecisionTableException | IOException e) {
                if (tables.containsKey(name)) {
                    rejected.put(name, lastModified(resource));
                    log.error("Decision table '{}' was changed but is rejected; the previous version stays in force. {}",
                            name, e.getMessage());
                } else {
                    throw new DecisionTableException("Decision table '" + name + "' cannot be loaded: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Converts the table to DRL, refuses it unless it has at least one row that does something, and compiles it.
     * (A table without rows still yields one empty rule from the parser, which matches everything and does nothing.)
     */
    static LoadedTable build(String name, String source, byte[] content, String version, long modified) {
        String drl;
        try {
            drl = toDrl(content);
        } catch (RuntimeException e) {
            throw new DecisionTableException(source + ": " + e.getMessage(), e);
        }
        long rules = Pattern.compile("\\bthen\\s+(?!end\\b)\\S").matcher(drl).results().count();
        if (rules == 0) {
            throw new DecisionTableException(source + ": the table compiled to no rules; check the RuleTable header "
                    + "rows and that the rows below them are filled");
        }
        Resource resource = KieServices.get().getResources().newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("rules/" + name + ".drl");
        KieHelper helper = new KieHelper().addResource(resource, ResourceType.DRL);
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            String errors = results.getMessages(Message.Level.ERROR).stream()
                    .map(Message::getText).collect(Collectors.joining("; "));
            throw new DecisionTableException(source + ": " + errors);
        }
        KieBase kieBase;
        try {
            kieBase = helper.build();
        } catch (RuntimeException e) {
            throw new DecisionTableException(source + ": " + e.getMessage(), e);
        }
        return new LoadedTable(name, source, version, modified, kieBase, (int) rules, new ConcurrentHashMap<>());
    }

    /** The DRL a CSV decision table stands for (also useful to an analyst asking what a table means). */
    public static String toDrl(byte[] csv) {
        DecisionTableConfiguration config = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        config.setInputType(DecisionTableInputType.CSV);
        return new DecisionTableProviderImpl().loadFromResource(
                KieServices.get().getResources().newByteArrayResource(csv), config);
    }

    private static long lastModified(org.springframework.core.io.Resource resource) {
        try {
            return resource.isFile() ? resource.lastModified() : 0L;
        } catch (IOException e) {
            return 0L;
        }
    }

    private static String sha256(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String describe() {
        return new TreeMap<>(tables).values().stream()
                .map(t -> t.name() + " (" + t.ruleCount() + " rules, version " + t.version() + ")")
                .collect(Collectors.joining(", "));
    }
}
