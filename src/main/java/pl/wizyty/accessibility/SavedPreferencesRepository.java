package pl.wizyty.accessibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedPreferencesRepository extends JpaRepository<SavedPreferences, Long> {
}
