package com.relaycrm.process.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.process.tasklist.TaskListVisibility.InvolvementAuthorizationManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A user with few groups is checked with all of them, without the engine's per-command read of every group named in
 * an authorization ({@code getAllGroups}, counted here). Who sees which task stays as before:
 * {@code TaskListVisibilityTest} and the attack tests run with this on.
 */
class AuthorizedGroupFilterTest {

    /** The manager with the engine's read of the authorized groups replaced by a count and a fixed answer. */
    static class CountingManager extends InvolvementAuthorizationManager {
        int reads;

        CountingManager(int threshold) {
            super(true, threshold);
        }

        @Override
        protected Set<String> getAllGroups() {
            reads++;
            return Set.of("service", "finance");
        }
    }

    @Test
    void upToTheThresholdTheGroupsAreTakenAsTheyAreWithoutReadingTheAuthorizations() {
        CountingManager manager = new CountingManager(3);

        assertThat(manager.filterAuthenticatedGroupIds(List.of("service", "engineer", "service")))
                .containsExactly("service", "engineer");
        assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
        assertThat(manager.reads).isZero();
    }

    @Test
    void aboveTheThresholdOrWithItAtZeroTheEngineNarrowsTheGroupsToThoseNamedInAnAuthorization() {
        CountingManager manager = new CountingManager(3);
        assertThat(manager.filterAuthenticatedGroupIds(List.of("service", "engineer", "sales", "warehouse")))
                .containsExactly("service");
        assertThat(manager.reads).isEqualTo(1);

        CountingManager engineDefault = new CountingManager(0);
        assertThat(engineDefault.filterAuthenticatedGroupIds(List.of("finance", "engineer"))).containsExactly("finance");
        assertThat(engineDefault.reads).isEqualTo(1);
    }
}
