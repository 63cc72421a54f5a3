package com.relaycrm.customer.internal;

import com.relaycrm.customer.Asset;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssetRepository extends JpaRepository<Asset, Long> {

    Optional<Asset> findBySerialNumber(String serialNumber);

    List<Asset> findByCustomerIdOrderBySerialNumber(Long customerId);

    List<Asset> findByCustomerIdInOrderBySerialNumber(java.util.Collection<Long> customerIds);

    List<Asset> findByAssetType(String assetType);

    /** The asset, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.id = :id")
    Optional<Asset> lockById(Long id);
}
